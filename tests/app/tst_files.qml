import QtQuick
import QtTest
import Rapport
import RapportTest

// A photo of the shelf kept with the person: added from a file, shown small on their page,
// opened full size with a tap, and removed there.
PageTestCase {
    id: testCase
    name: "Files"

    Component {
        id: contactPage
        ContactPage {
            width: testCase.width
            height: testCase.height
        }
    }
    Component {
        id: filePage
        FilePage {
            width: testCase.width
            height: testCase.height
        }
    }
    SignalSpy {
        id: fileRequested
        signalName: "fileRequested"
    }

    function personIn(session) {
        TestSessions.put(session, '{"_id":"contact-ines","type":"contact","firstName":"Ines","lastName":"Roth"}');
        return "contact-ines";
    }
    function filesOf(page) {
        return find(page, item => item.attach !== undefined && item.openRequested !== undefined);
    }
    function tile(page, name) {
        return find(page, item => item.text === name && item.clicked !== undefined && item.visible);
    }

    function test_aPhotoShowsSmallOnThePersonAndOpensFullSize() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(contactPage, testCase, { session: session, contactId: personIn(session) });
        verify(shows(page, /^Photos and files$/i));
        verify(button(page, "Add photo or file"));

        verify(filesOf(page).attach(TestSessions.writePicture("shelf.png", 800, 600)));
        tryVerify(() => tile(page, "shelf.png") !== null);
        const thumbnail = find(tile(page, "shelf.png"), item => item.status !== undefined && item.fillMode !== undefined);
        tryCompare(thumbnail, "status", Image.Ready, 10000);
        // Made small for the tile (twice its size for a dense screen), not decoded whole.
        verify(thumbnail.implicitWidth <= 208, "a thumbnail of " + thumbnail.implicitWidth + " px");

        fileRequested.target = page;
        tap(tile(page, "shelf.png"));
        compare(fileRequested.count, 1);
        compare(fileRequested.signalArguments[0][0], "contact-ines");
        compare(fileRequested.signalArguments[0][1], "shelf.png");

        const full = createTemporaryObject(filePage, testCase, { session: session, documentId: "contact-ines", name: "shelf.png" });
        const picture = find(full, item => item.status !== undefined && item.fillMode === Image.PreserveAspectFit);
        tryCompare(picture, "status", Image.Ready, 10000);
        compare(picture.implicitWidth, 800);
        tap(button(full, "Remove"));
        tryVerify(() => tile(page, "shelf.png") === null);
    }

    function test_aFileThatIsNoPictureShowsItsNameAndSize() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(contactPage, testCase, { session: session, contactId: personIn(session) });
        verify(filesOf(page).attach(TestSessions.writeFile("signed-order.pdf", "%PDF-1.4\n%%EOF\n")));
        tryVerify(() => tile(page, "signed-order.pdf") !== null);
        verify(shows(tile(page, "signed-order.pdf"), /^15 bytes$/));
        const full = createTemporaryObject(filePage, testCase, { session: session, documentId: "contact-ines", name: "signed-order.pdf" });
        verify(shows(full, /^application\/pdf, 15 bytes$/));
        // Opened in the device's PDF viewer, from a copy of its own.
        tap(button(full, "Open"));
        tryVerify(() => TestSessions.lastOpenedUrl.match(/^file:.*\/signed-order\.pdf$/) !== null);
    }

    function test_aFileThatCannotBeReadSaysSo() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(contactPage, testCase, { session: session, contactId: personIn(session) });
        verify(!filesOf(page).attach("/nowhere/card.jpg"));
        verify(shows(page, /“card.jpg” could not be read/));
    }

    // The camera hands over the photo it wrote, as a test feeds it one: used, it becomes the
    // person's, and its file leaves the camera folder (the notebook holds it now).
    function test_aPhotoTakenWithTheCameraIsKeptWithThePerson() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(contactPage, testCase, { session: session, contactId: personIn(session) });
        const camera = filesOf(page).camera;
        camera.open();
        tryCompare(camera, "opened", true);
        // No camera here: the sheet says so rather than showing black.
        verify(shows(camera.contentItem, /^No camera was found on this device\.$/));
        const taken = TestSessions.writePicture(CameraRoll.newPhotoPath(), 640, 480);
        camera.photoSaved(taken);
        const preview = find(camera.contentItem, item => item.status !== undefined && item.visible);
        tryCompare(preview, "status", Image.Ready, 10000);
        tap(button(camera.contentItem, "Use photo"));
        tryCompare(camera, "opened", false);
        tryVerify(() => find(page, item => String(item.text).match(/^photo-.*\.jpg$/) !== null && item.clicked !== undefined) !== null);
        verify(!TestSessions.exists(taken), "the camera's file is still there");
    }

    // A photo taken again, or the camera closed without using it, leaves no file behind.
    function test_aPhotoNotUsedIsNotKept() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(contactPage, testCase, { session: session, contactId: personIn(session) });
        const camera = filesOf(page).camera;
        camera.open();
        tryCompare(camera, "opened", true);
        const first = TestSessions.writePicture(CameraRoll.newPhotoPath(), 320, 240);
        camera.photoSaved(first);
        tap(button(camera.contentItem, "Take again"));
        verify(!TestSessions.exists(first));
        verify(button(camera.contentItem, "Take photo"));
        const second = TestSessions.writePicture(CameraRoll.newPhotoPath(), 320, 240);
        camera.photoSaved(second);
        camera.close();
        tryCompare(camera, "opened", false);
        verify(!TestSessions.exists(second));
        compare(find(page, item => String(item.text).match(/^photo-/) !== null && item.clicked !== undefined), null);
    }

    // Without a camera there is no "Take photo" to tap; with one, it opens the camera.
    function test_takePhotoIsOfferedWhereThereIsACamera() {
        const session = TestSessions.fresh();
        const page = createTemporaryObject(contactPage, testCase, { session: session, contactId: personIn(session) });
        const section = filesOf(page);
        compare(find(page, item => item.text === "Take photo" && item.visible), null);
        section.camera.available = true;
        tap(button(page, "Take photo"));
        tryCompare(section.camera, "opened", true);
        section.camera.close();
    }
}
