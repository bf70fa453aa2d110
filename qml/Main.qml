pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport

// The app's frame: five destinations, in a bottom bar on a phone and a rail on a tablet, each
// a list with the details opened from it. Pages ask for navigation with signals; it happens here.
ApplicationWindow {
    id: app

    required property DatabaseSession session
    required property SyncController sync
    required property string startPage
    // A document to open at start (for screenshots of a detail page).
    property string startDocument: ""
    readonly property bool wide: width >= Theme.tabletMinWidth
    readonly property list<string> destinations: ["today", "accounts", "followups", "search", "more"]
    // Stand mode and the lock cover everything else; "stand" and "lock" as start pages show
    // them for a screenshot without changing the notebook.
    readonly property bool showStand: screenLock.standMode || app.startPage === "stand"
    readonly property bool showLock: !app.showStand && (screenLock.locked || app.startPage === "lock")

    visible: true
    title: qsTr("Rapport")
    color: Theme.background
    palette.window: Theme.background
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.buttonText: Theme.text
    palette.button: Theme.surface
    palette.highlight: Theme.accent
    palette.placeholderText: Theme.secondaryText

    function currentStack(): StackView {
        return sections.children[sections.currentIndex].stack;
    }
    function push(page: Component, properties: var) {
        const stack = app.currentStack();
        // On a tablet a new document replaces the one beside the list.
        if (app.wide && properties.fromList === true)
            stack.clear(StackView.Immediate);
        delete properties.fromList;
        stack.push(page, properties, StackView.Immediate);
    }
    function back() {
        app.currentStack().pop(StackView.Immediate);
    }
    function open(documentType: string, documentId: string) {
        if (documentType === "today") {
            app.select(app.destinations.indexOf("today"));
        } else if (documentType === "account") {
            app.push(accountPage, { accountId: documentId, fromList: true });
        } else if (documentType === "contact") {
            app.push(contactPage, { contactId: documentId, fromList: true });
        } else {
            // Visits and follow-ups are read on their customer's page.
            const accountId = app.session.accountOf(documentId);
            if (accountId !== "")
                app.push(accountPage, { accountId: accountId, fromList: true });
        }
    }
    function openPlace(place: string) {
        const pages = { sync: syncPage, conflicts: conflictsPage, settings: settingsPage, data: dataPage, cadence: cadencePage,
                        leads: leadsPage, duplicates: duplicatesPage };
        app.push(pages[place], { fromList: true });
    }
    // A destination chosen in the bar or the rail. Search opens ready to type, unless what was
    // found covers its list (on a phone).
    function select(index: int) {
        sections.currentIndex = index;
        if (index === app.destinations.indexOf("search") && (app.wide || app.currentStack().depth === 0))
            (searchSection.list as SearchPage)?.startTyping();
    }
    function recordVisit(accountId: string) {
        app.push(visitPage, { accountId: accountId, fromList: true });
    }

    Component.onCompleted: {
        const section = destinations.indexOf(startPage);
        if (section >= 0)
            app.select(section);
        if (startPage === "account")
            sections.currentIndex = 1;
        if (startPage === "account" || startPage === "contact")
            app.open(startPage, startDocument);
        else if (startPage === "photo" && startDocument !== "") {
            // "<contact id>/<name>": the person's page, and their picture over it.
            const slash = startDocument.indexOf("/");
            app.open("contact", startDocument.substring(0, slash));
            app.push(filePage, { documentId: startDocument.substring(0, slash), name: startDocument.substring(slash + 1) });
        }
        else if (startPage === "nearme") {
            sections.currentIndex = 1;
            app.push(nearMePage, {});
        }
        else if (startPage === "route")
            app.push(routePage, {});
        else if (startPage === "oldleads") {
            sections.currentIndex = 4;
            app.openPlace("leads");
            app.push(staleLeadsPage, {});
        }
        else if (startPage === "forget" && startDocument !== "") {
            app.open("contact", startDocument);
            app.push(forgetPage, { contactId: startDocument });
        }
        else if (startPage === "visit")
            app.recordVisit(startDocument);
        else if (["sync", "conflicts", "settings", "data", "cadence", "leads", "duplicates"].indexOf(startPage) >= 0) {
            sections.currentIndex = 4;
            app.openPlace(startPage);
            if (startPage === "duplicates" && startDocument !== "")
                app.push(duplicatesPage, { duplicateId: startDocument });
        }
    }

    ScreenLock {
        id: screenLock
        session: app.session
    }
    Preferences {
        id: preferences
        onDarkThemeChanged: Theme.dark = darkTheme
        onTextScaleChanged: Theme.textScale = textScale
        Component.onCompleted: {
            Theme.dark = darkTheme;
            Theme.textScale = textScale;
        }
    }

    Component {
        id: accountPage
        AccountPage {
            session: app.session
            onBackRequested: app.back()
            onEditRequested: id => app.push(accountEditPage, { accountId: id })
            onOpenContactRequested: id => app.push(contactPage, { contactId: id })
            onNewContactRequested: id => app.push(contactEditPage, { accountId: id })
            onRecordVisitRequested: id => app.push(visitPage, { accountId: id })
            onRecordFeedbackRequested: id => app.push(feedbackPage, { accountId: id })
        }
    }
    Component {
        id: nearMePage
        NearMePage {
            session: app.session
            onBackRequested: app.back()
            onOpenRequested: id => app.push(accountPage, { accountId: id })
        }
    }
    Component {
        id: routePage
        RoutePage {
            session: app.session
            onBackRequested: app.back()
            onOpenRequested: id => app.push(accountPage, { accountId: id })
        }
    }
    Component {
        id: feedbackPage
        FeedbackPage {
            session: app.session
            onBackRequested: app.back()
            onSaved: app.back()
        }
    }
    Component {
        id: leadsPage
        LeadsPage {
            session: app.session
            onBackRequested: app.back()
            onCaptureRequested: app.push(leadPage, {})
            onOpenRequested: id => app.push(leadPage, { leadId: id })
            onStaleLeadsRequested: app.push(staleLeadsPage, {})
        }
    }
    Component {
        id: staleLeadsPage
        StaleLeadsPage {
            session: app.session
            onBackRequested: app.back()
        }
    }
    Component {
        id: leadPage
        LeadPage {
            session: app.session
            onBackRequested: app.back()
            onFileRequested: (id, name) => app.push(filePage, { documentId: id, name: name })
            onConvertedTo: id => {
                app.back();
                app.push(contactPage, { contactId: id });
            }
        }
    }
    Component {
        id: duplicatesPage
        DuplicatesPage {
            session: app.session
            onBackRequested: app.back()
            onOpenRequested: id => app.push(duplicatesPage, { duplicateId: id })
            onMergedInto: id => {
                app.back();
                app.push(contactPage, { contactId: id });
            }
        }
    }
    Component {
        id: cadencePage
        CadencePage {
            session: app.session
            onBackRequested: app.back()
        }
    }
    Component {
        id: accountEditPage
        AccountEditPage {
            session: app.session
            onBackRequested: app.back()
            onSaved: id => {
                app.back();
                if (app.currentStack().depth === 0 || accountId === "")
                    app.push(accountPage, { accountId: id });
            }
        }
    }
    Component {
        id: contactPage
        ContactPage {
            session: app.session
            onBackRequested: app.back()
            onEditRequested: id => app.push(contactEditPage, { contactId: id })
            onFileRequested: (id, name) => app.push(filePage, { documentId: id, name: name })
            onForgetRequested: id => app.push(forgetPage, { contactId: id })
            onRecordVisitRequested: (accountId, contactId) => app.push(visitPage, { accountId: accountId, contactId: contactId })
        }
    }
    Component {
        id: forgetPage
        ForgetPage {
            session: app.session
            onBackRequested: app.back()
            // The person's page goes too: there is nobody left to show.
            onForgotten: {
                app.back();
                app.back();
            }
            onOpenRequested: (type, id) => app.open(type, id)
        }
    }
    Component {
        id: filePage
        FilePage {
            session: app.session
            onBackRequested: app.back()
        }
    }
    Component {
        id: contactEditPage
        ContactEditPage {
            session: app.session
            onBackRequested: app.back()
            onSaved: id => {
                app.back();
                if (contactId === "")
                    app.push(contactPage, { contactId: id });
            }
        }
    }
    Component {
        id: visitPage
        VisitPage {
            session: app.session
            onBackRequested: app.back()
            onSaved: app.back()
        }
    }

    Component {
        id: syncPage
        SyncPage {
            session: app.session
            sync: app.sync
            onBackRequested: app.back()
        }
    }
    Component {
        id: conflictsPage
        ConflictsPage {
            session: app.session
            onBackRequested: app.back()
        }
    }
    Component {
        id: dataPage
        DataPage {
            session: app.session
            onBackRequested: app.back()
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            session: app.session
            preferences: preferences
            sync: app.sync
            screenLock: screenLock
            onSyncRequested: app.push(syncPage, {})
            onBackRequested: app.back()
        }
    }

    GridLayout {
        // Not merely covered: hidden, so that nothing of it can be reached or read.
        visible: !app.showStand && !app.showLock
        anchors.fill: parent
        flow: app.wide ? GridLayout.LeftToRight : GridLayout.TopToBottom
        rowSpacing: 0
        columnSpacing: 0

        NavigationBar {
            id: rail
            visible: app.wide
            Layout.fillHeight: true
            vertical: true
            labels: navigation.labels
            icons: navigation.icons
            currentIndex: sections.currentIndex
            onSelected: index => app.select(index)
        }
        StackLayout {
            id: sections
            Layout.fillWidth: true
            Layout.fillHeight: true

            SectionView {
                wide: app.wide
                emptyDetailText: qsTr("Tap something on the left to open it here.")
                listPage: Component {
                    TodayPage {
                        anchors.fill: parent
                        session: app.session
                        onRecordVisitRequested: app.recordVisit("")
                        onRouteRequested: app.push(routePage, {})
                        onOpenRequested: (type, id) => app.open(type, id)
                    }
                }
            }
            SectionView {
                wide: app.wide
                emptyDetailText: qsTr("Pick an account to see it here.")
                listPage: Component {
                    AccountsPage {
                        anchors.fill: parent
                        session: app.session
                        onOpenRequested: id => app.open("account", id)
                        onNewAccountRequested: app.push(accountEditPage, { fromList: true })
                        onNearMeRequested: app.push(nearMePage, {})
                    }
                }
            }
            SectionView {
                wide: app.wide
                emptyDetailText: qsTr("Tap a follow-up to see its customer here.")
                listPage: Component {
                    FollowUpsPage {
                        anchors.fill: parent
                        session: app.session
                        onOpenRequested: (type, id) => app.open(type, id)
                    }
                }
            }
            SectionView {
                id: searchSection
                wide: app.wide
                emptyDetailText: qsTr("What you find opens here.")
                listPage: Component {
                    SearchPage {
                        anchors.fill: parent
                        session: app.session
                        query: app.startPage === "search" ? app.startDocument : ""
                        onOpenRequested: (type, id) => app.open(type, id)
                    }
                }
            }
            SectionView {
                wide: app.wide
                emptyDetailText: qsTr("Sync, conflicts to review and settings open here.")
                listPage: Component {
                    MorePage {
                        anchors.fill: parent
                        session: app.session
                        sync: app.sync
                        onOpenRequested: place => app.openPlace(place)
                    }
                }
            }
        }
        NavigationBar {
            id: navigation
            visible: !app.wide
            Layout.fillWidth: true
            vertical: false
            labels: [qsTr("Today"), qsTr("Accounts"), qsTr("Follow-ups"), qsTr("Search"), qsTr("More")]
            icons: [Icons.today, Icons.accounts, Icons.followUps, Icons.search, Icons.more]
            currentIndex: sections.currentIndex
            onSelected: index => app.select(index)
        }
    }

    // Stand mode's page is made only while stand mode is on: its lead form and its camera (Qt
    // Multimedia's devices are read as the camera sheet is made) cost every start otherwise.
    // Loaded from its file with its properties: Qt 6.4's Loader refuses a bound component made
    // while the window is being created, which is when a restart in stand mode needs it.
    Loader {
        id: stand

        readonly property bool wanted: app.showStand

        function follow() {
            if (stand.wanted && stand.status === Loader.Null)
                stand.setSource(Qt.resolvedUrl("pages/StandPage.qml"), {
                    session: app.session,
                    screenLock: screenLock
                });
            else if (!stand.wanted)
                stand.source = "";
        }

        anchors.fill: parent
        onWantedChanged: stand.follow()
        Component.onCompleted: stand.follow()
    }
    LockPage {
        anchors.fill: parent
        visible: app.showLock
        screenLock: screenLock
    }
}
