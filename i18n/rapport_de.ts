<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountEditPage</name>
    <message>
        <source>New account</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>retail, hospitality…</source>
        <translation>Einzelhandel, Gastronomie…</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Visit at least every … days</source>
        <translation>Besuch spätestens alle … Tage</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Umsatz heute</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potenzial</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Size now %1 · potential %2</source>
        <translation>Umsatz heute %1 · Potenzial %2</translation>
    </message>
    <message numerus="yes">
        <source>visit every %n day(s)</source>
        <translation>
            <numerusform>Besuch jeden Tag</numerusform>
            <numerusform>Besuch alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Kunde braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>AccountFeedbackModel</name>
    <message>
        <source>Feedback</source>
        <translation>Kundenstimme</translation>
    </message>
    <message>
        <source>expectations met %1 of 5</source>
        <translation>Erwartungen erfüllt: %1 von 5</translation>
    </message>
    <message>
        <source>next: %1</source>
        <comment>what they might need next</comment>
        <translation>als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>AccountInsights</name>
    <message>
        <source>No need right now</source>
        <translation>Gerade kein Bedarf</translation>
    </message>
    <message>
        <source>Buying elsewhere</source>
        <translation>Kauft woanders</translation>
    </message>
    <message>
        <source>Unhappy with us</source>
        <translation>Unzufrieden mit uns</translation>
    </message>
    <message>
        <source>Our contact left</source>
        <translation>Unser Ansprechpartner ist weg</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Saisonbedingt</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a buying role after a name</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>nie besucht</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>You know nobody here yet. Who decides what this customer buys?</source>
        <translation>Sie kennen hier noch niemanden. Wer entscheidet, was dieser Kunde kauft?</translation>
    </message>
    <message>
        <source>Nobody you know here decides. Ask %1 who does.</source>
        <translation>Niemand, den Sie hier kennen, entscheidet. Fragen Sie %1, wer es tut.</translation>
    </message>
    <message>
        <source>Reach %1 next: they decide, and were %2.</source>
        <comment>%2: never visited, or last seen (a date)</comment>
        <translation>Als Nächstes %1 ansprechen: entscheidet und wurde %2.</translation>
    </message>
    <message>
        <source>Reach %1 next: they influence what is bought, %2.</source>
        <comment>%2: never visited, or last seen (a date)</comment>
        <translation>Als Nächstes %1 ansprechen: beeinflusst den Einkauf, %2.</translation>
    </message>
    <message>
        <source>Nobody you know here decides. Ask %1%2 who does.</source>
        <comment>%2: their buying role in brackets</comment>
        <translation>Niemand, den Sie hier kennen, entscheidet. Fragen Sie %1%2, wer es tut.</translation>
    </message>
    <message>
        <source>Improving: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation>Besser: %1 von 5</translation>
    </message>
    <message>
        <source>Falling: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation>Schlechter: %1 von 5</translation>
    </message>
    <message>
        <source>Steady: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation>Gleichbleibend: %1 von 5</translation>
    </message>
    <message>
        <source>So far: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation>Bisher: %1 von 5</translation>
    </message>
    <message>
        <source>Why it went quiet (%1): %2</source>
        <translation>Warum es still wurde (%1): %2</translation>
    </message>
    <message>
        <source>Why it went quiet (%1): %2 · %3</source>
        <translation>Warum es still wurde (%1): %2 · %3</translation>
    </message>
    <message>
        <source>Quiet since %1: %2 days, past the %3 you aim for. Why?</source>
        <translation>Still seit %1: %2 Tage statt der angestrebten %3. Warum?</translation>
    </message>
    <message>
        <source>Pick the reason that comes closest.</source>
        <translation>Wählen Sie den Grund, der am ehesten zutrifft.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>could buy %1× what it does</source>
        <translation>könnte %1× so viel kaufen</translation>
    </message>
    <message>
        <source>No visit yet</source>
        <translation>Noch kein Besuch</translation>
    </message>
    <message>
        <source>Last visit %1</source>
        <translation>Letzter Besuch %1</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>Vor dem Besuch</translation>
    </message>
    <message>
        <source>In their words (optional)</source>
        <translation>In ihren Worten (freiwillig)</translation>
    </message>
    <message>
        <source>Keep the answer</source>
        <translation>Antwort festhalten</translation>
    </message>
    <message>
        <source>Continue the visit note</source>
        <translation>Besuchsnotiz fortsetzen</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Besuch erfassen</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Kundenstimme</translation>
    </message>
    <message>
        <source>Record what they said</source>
        <translation>Kundenstimme festhalten</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Wo sie sind</translation>
    </message>
    <message>
        <source>Not known yet: it is learnt from the visits you record there, or pin it.</source>
        <translation>Noch nicht bekannt: Rapport lernt es aus den Besuchen, die Sie dort erfassen, oder Sie stecken es fest.</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>In Karten öffnen</translation>
    </message>
    <message>
        <source>Pin it here</source>
        <translation>Hier feststecken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pin a place</source>
        <translation>Ort feststecken</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Lösen</translation>
    </message>
    <message>
        <source>A map&apos;s link, or 53.866, 10.684</source>
        <translation>Link einer Karte oder 53.866, 10.684</translation>
    </message>
    <message>
        <source>Where the customer is</source>
        <translation>Wo der Kunde ist</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Feststecken</translation>
    </message>
</context>
<context>
    <name>AccountVisitsModel</name>
    <message>
        <source>Visit</source>
        <comment>a visit without a subject</comment>
        <translation>Besuch</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Find an account by name</source>
        <translation>Kunden nach Namen suchen</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Room to grow ↓</source>
        <translation>Wachstum ↓</translation>
    </message>
    <message>
        <source>Last contact ↓</source>
        <translation>Letzter Kontakt ↓</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Name A–Z</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>No account matches</source>
        <translation>Kein Kunde passt</translation>
    </message>
    <message>
        <source>Add the customers you visit with “New”, or record a visit and add the customer there.</source>
        <translation>Legen Sie die Kunden, die Sie besuchen, mit „Neu“ an, oder erfassen Sie einen Besuch und legen Sie den Kunden dort an.</translation>
    </message>
    <message>
        <source>Try part of the name, or another segment.</source>
        <translation>Versuchen Sie einen Teil des Namens oder eine andere Branche.</translation>
    </message>
    <message>
        <source>Near me</source>
        <translation>In der Nähe</translation>
    </message>
</context>
<context>
    <name>AttachmentImages</name>
    <message>
        <source>no notebook named in the picture&apos;s address</source>
        <translation>in der Adresse des Bildes ist kein Notizbuch genannt</translation>
    </message>
</context>
<context>
    <name>BackgroundAgent</name>
    <message>
        <source>Rapport syncs in the background</source>
        <translation>Rapport synchronisiert im Hintergrund</translation>
    </message>
    <message>
        <source>Open Rapport</source>
        <translation>Rapport öffnen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>the background agent</comment>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Rapport already syncs this notebook (process %1).</source>
        <translation>Rapport synchronisiert dieses Notizbuch bereits (Prozess %1).</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Last time, %1</source>
        <comment>%1: date: what was done</comment>
        <translation>Letztes Mal, %1</translation>
    </message>
    <message>
        <source>You promised: %1</source>
        <translation>Sie haben versprochen: %1</translation>
    </message>
    <message>
        <source>You promised: %1 (was due %2)</source>
        <translation>Sie haben versprochen: %1 (war fällig %2)</translation>
    </message>
    <message>
        <source>You promised: %1 (due %2)</source>
        <translation>Sie haben versprochen: %1 (fällig %2)</translation>
    </message>
    <message>
        <source>Ask about %1</source>
        <translation>Fragen Sie nach %1</translation>
    </message>
    <message>
        <source>%1, %2 of 5</source>
        <comment>a date, a score out of 5</comment>
        <translation>%1, %2 von 5</translation>
    </message>
    <message>
        <source>They said (%1)</source>
        <translation>Kundenstimme (%1)</translation>
    </message>
    <message>
        <source>They said (%1): %2</source>
        <translation>Kundenstimme (%1): %2</translation>
    </message>
    <message>
        <source>Their company said (%1)</source>
        <translation>Stimme der Firma (%1)</translation>
    </message>
    <message>
        <source>Their company said (%1): %2</source>
        <translation>Stimme der Firma (%1): %2</translation>
    </message>
    <message>
        <source>%1: birthday %2</source>
        <comment>a person, a weekday, day and month</comment>
        <translation>%1: Geburtstag %2</translation>
    </message>
    <message>
        <source>%1: anniversary %2</source>
        <comment>a person, a weekday, day and month</comment>
        <translation>%1: Jahrestag %2</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation>Geburtstag %1</translation>
    </message>
    <message>
        <source>Anniversary %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation>Jahrestag %1</translation>
    </message>
</context>
<context>
    <name>CadencePage</name>
    <message>
        <source>Visit cadence</source>
        <translation>Besuchsrhythmus</translation>
    </message>
    <message>
        <source>Days between visits for each segment. A customer&apos;s own cadence, set on their page, comes first.</source>
        <translation>Tage zwischen zwei Besuchen je Branche. Der eigene Rhythmus eines Kunden, auf seiner Seite eingestellt, hat Vorrang.</translation>
    </message>
    <message>
        <source>Give your accounts a segment (retail, hospitality, …) and set how often to visit each here.</source>
        <translation>Geben Sie Ihren Kunden eine Branche (Einzelhandel, Gastronomie, …) und legen Sie hier fest, wie oft Sie jede besuchen.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>no cadence</source>
        <translation>kein Rhythmus</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
</context>
<context>
    <name>CadenceSettings</name>
    <message>
        <source>“%1” is not a number of days: type one from 1 to 730, or nothing for no cadence.</source>
        <translation>„%1“ ist keine Zahl von Tagen: Geben Sie eine von 1 bis 730 ein, oder nichts für keinen Rhythmus.</translation>
    </message>
</context>
<context>
    <name>CalendarChoice</name>
    <message>
        <source>no year</source>
        <translation>ohne Jahr</translation>
    </message>
</context>
<context>
    <name>CameraSheet</name>
    <message>
        <source>No camera was found on this device.</source>
        <translation>Auf diesem Gerät wurde keine Kamera gefunden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>Use photo</source>
        <translation>Foto verwenden</translation>
    </message>
</context>
<context>
    <name>CameraViewfinder</name>
    <message>
        <source>There is no room on this device to keep a photo.</source>
        <translation>Auf diesem Gerät ist kein Platz mehr für ein Foto.</translation>
    </message>
    <message>
        <source>The camera could not start: %1</source>
        <translation>Die Kamera ließ sich nicht starten: %1</translation>
    </message>
    <message>
        <source>The photo could not be taken: %1</source>
        <translation>Das Foto konnte nicht aufgenommen werden: %1</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <comment>a value nobody filled in</comment>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date and time format (QDateTime)</comment>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>ein anderes Gerät</translation>
    </message>
    <message>
        <source>%1 was deleted on one device and changed on another</source>
        <translation>%1 wurde auf einem Gerät gelöscht und auf einem anderen geändert</translation>
    </message>
    <message>
        <source>kept, with the changes</source>
        <translation>behalten, samt Änderungen</translation>
    </message>
    <message>
        <source>the file as it is now</source>
        <translation>die Datei, wie sie jetzt ist</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>the file the other change attached</source>
        <translation>die Datei der anderen Änderung</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Review conflicts</source>
        <translation>Konflikte prüfen</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nichts zu prüfen</translation>
    </message>
    <message>
        <source>When your phone and your tablet change the same thing differently, the later change is kept and the other waits here for you.</source>
        <translation>Ändern Ihr Telefon und Ihr Tablet dasselbe unterschiedlich, gilt die spätere Änderung, und die andere wartet hier auf Sie.</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Behalten: %1</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Verworfen: %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Restore the other</source>
        <translation>Die andere wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ContactEditPage</name>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Role in buying</source>
        <translation>Rolle beim Einkauf</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Prefers to be reached by</source>
        <translation>Am liebsten erreichbar per</translation>
    </message>
    <message>
        <source>phone, e-mail, a visit</source>
        <translation>Telefon, E-Mail, Besuch</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Beste Zeit</translation>
    </message>
    <message>
        <source>mornings</source>
        <translation>vormittags</translation>
    </message>
    <message>
        <source>Language they prefer</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>German, English…</source>
        <translation>Deutsch, Englisch…</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>1984-02-29 or 02-29</source>
        <translation>1984-02-29 oder 02-29</translation>
    </message>
    <message>
        <source>Pick the birthday</source>
        <translation>Geburtstag wählen</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>2010-06-12 or 06-12</source>
        <translation>2010-06-12 oder 06-12</translation>
    </message>
    <message>
        <source>Pick the anniversary</source>
        <translation>Jahrestag wählen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>son</source>
        <translation>Sohn</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Was ihnen wichtig ist</translation>
    </message>
    <message>
        <source>baseball cards, chess</source>
        <translation>Baseballkarten, Schach</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation>Familienmitglied hinzufügen</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobbys</translation>
    </message>
    <message>
        <source>sailing, jazz</source>
        <translation>Segeln, Jazz</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Mag</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>Mag nicht</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Not known yet</source>
        <comment>a buying role</comment>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <source>A family member needs a name.</source>
        <translation>Ein Familienmitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation>Eine Person braucht einen Vor- oder Nachnamen.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>Vor dem Besuch</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Besuch erfassen</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rolle beim Einkauf</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Cares about %1</source>
        <translation>Wichtig ist: %1</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobbys</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Mag</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>Mag nicht</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Their privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>What I keep about them</source>
        <translation>Was ich über die Person speichere</translation>
    </message>
    <message>
        <source>Saved, ready to send them: %1</source>
        <translation>Gespeichert, bereit zum Versand: %1</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Diese Person vergessen</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 1984-02-29, or 02-29 without the year.</source>
        <translation>„%1“ ist kein Datum. Geben Sie es als 1984-02-29 ein, oder als 02-29 ohne Jahr.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 2026-11-25.</source>
        <translation>„%1“ ist kein Datum. Geben Sie es als 2026-11-25 ein.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Ein neuer Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation>Eine Person braucht einen Vor- oder Nachnamen.</translation>
    </message>
    <message>
        <source>Pick the customer you visited (or add a new one).</source>
        <translation>Wählen Sie den besuchten Kunden (oder legen Sie einen neuen an).</translation>
    </message>
    <message>
        <source>Say what the next step is.</source>
        <translation>Sagen Sie, was der nächste Schritt ist.</translation>
    </message>
    <message>
        <source>%1 was dealt with already</source>
        <translation>%1 wurde schon erledigt</translation>
    </message>
    <message>
        <source>these two were already merged or told apart</source>
        <translation>diese beiden wurden schon zusammengeführt oder getrennt</translation>
    </message>
    <message>
        <source>the file breaks off or is not valid JSON; nothing was imported</source>
        <translation>die Datei bricht ab oder ist kein gültiges JSON; nichts wurde importiert</translation>
    </message>
    <message>
        <source>the file is not a Rapport export (JSON with a &quot;docs&quot; list)</source>
        <translation>die Datei ist kein Rapport-Export (JSON mit einer „docs“-Liste)</translation>
    </message>
    <message>
        <source>a server address starts with https:// (or http://) and names a host</source>
        <translation>eine Serveradresse beginnt mit https:// (oder http://) und nennt einen Host</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes wait on this device.</source>
        <translation>Der Server ist nicht erreichbar. Ihre Änderungen warten auf diesem Gerät.</translation>
    </message>
    <message>
        <source>The server did not accept your name and password. Sign in again.</source>
        <translation>Der Server hat Ihren Namen und Ihr Passwort nicht angenommen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server had a problem. Rapport tries again shortly.</source>
        <translation>Der Server hatte ein Problem. Rapport versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server answered in a way Rapport does not understand. Is this the address of a CouchDB server?</source>
        <translation>Der Server hat so geantwortet, dass Rapport ihn nicht versteht. Ist das die Adresse eines CouchDB-Servers?</translation>
    </message>
    <message>
        <source>Your database is not on this server. Ask whoever runs it to set up your account.</source>
        <translation>Ihre Datenbank ist nicht auf diesem Server. Bitten Sie den Betreiber, Ihr Konto einzurichten.</translation>
    </message>
    <message>
        <source>This device is full. Free some space; nothing is lost.</source>
        <translation>Dieses Gerät ist voll. Geben Sie Speicher frei; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Abgleich angehalten: %1</translation>
    </message>
    <message>
        <source>card %1 (line %2)</source>
        <translation>Karte %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>card %1 (%2)</source>
        <translation>Karte %1 (%2)</translation>
    </message>
    <message>
        <source>row %1 to the end</source>
        <translation>Zeile %1 bis zum Ende</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>record %1 (%2)</source>
        <translation>Eintrag %1 (%2)</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>the badge</source>
        <translation>das Namensschild</translation>
    </message>
    <message>
        <source>it has no _id</source>
        <translation>ohne _id</translation>
    </message>
    <message>
        <source>it is not a record of yours</source>
        <translation>kein Eintrag von Ihnen</translation>
    </message>
    <message>
        <source>it is nested deeper than a record may be</source>
        <translation>tiefer verschachtelt, als ein Eintrag sein darf</translation>
    </message>
    <message>
        <source>it is not a record</source>
        <translation>kein Eintrag</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>it names a company (%1) but no person</source>
        <translation>nennt eine Firma (%1), aber keine Person</translation>
    </message>
    <message>
        <source>its first row names no column for a name (First Name, Last Name or Name); is it a CSV of contacts?</source>
        <translation>die erste Zeile nennt keine Spalte für einen Namen (First Name, Last Name oder Name); ist es eine CSV-Datei mit Kontakten?</translation>
    </message>
    <message>
        <source>a quoted cell opens there and never closes</source>
        <translation>dort beginnt eine Zelle in Anführungszeichen, die nie endet</translation>
    </message>
    <message>
        <source>it does not end (no END:VCARD before the next card)</source>
        <translation>endet nicht (kein END:VCARD vor der nächsten Karte)</translation>
    </message>
    <message>
        <source>it is larger than 1 MB</source>
        <translation>größer als 1 MB</translation>
    </message>
    <message>
        <source>it does not end (the file stops inside it)</source>
        <translation>endet nicht (die Datei hört mittendrin auf)</translation>
    </message>
    <message>
        <source>it holds no vCard (no BEGIN:VCARD line)</source>
        <translation>enthält keine vCard (keine Zeile BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>it could not be stored: %1</source>
        <translation>konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1; left out</source>
        <translation>%1; weggelassen</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date</source>
        <translation>%1 „%2“ ist kein Datum</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>a cell longer than 100 KB</source>
        <translation>eine Zelle länger als 100 KB</translation>
    </message>
    <message>
        <source>Rapport&apos;s own fields (X-RAPPORT-FIELDS) were not readable</source>
        <translation>Rapports eigene Felder (X-RAPPORT-FIELDS) waren nicht lesbar</translation>
    </message>
    <message>
        <source>the file is larger than 256 MB; split it and import the parts</source>
        <translation>die Datei ist größer als 256 MB; teilen Sie sie und importieren Sie die Teile</translation>
    </message>
    <message>
        <source>the file could not be read to its end</source>
        <translation>die Datei konnte nicht bis zum Ende gelesen werden</translation>
    </message>
    <message>
        <source>the file cannot be read from its start again</source>
        <translation>die Datei kann nicht noch einmal von vorn gelesen werden</translation>
    </message>
</context>
<context>
    <name>CustomerPlace</name>
    <message>
        <source>Pinned by you</source>
        <translation>Von Ihnen festgesteckt</translation>
    </message>
    <message numerus="yes">
        <source>Learnt from %n visit(s) recorded there</source>
        <translation>
            <numerusform>Gelernt aus %n dort erfassten Besuch</numerusform>
            <numerusform>Gelernt aus %n dort erfassten Besuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 of you</source>
        <extracomment>&quot;800 m north-east of you&quot;</extracomment>
        <translation>%1 %2 von Ihnen</translation>
    </message>
    <message>
        <source>Where you are is not known yet.</source>
        <translation>Wo Sie sind, ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>“%1” is not a place Rapport can read: paste a map&apos;s link, or type the latitude and longitude, like 53.866, 10.684.</source>
        <translation>„%1“ ist kein Ort, den Rapport lesen kann: Fügen Sie den Link einer Karte ein oder tippen Sie Breite und Länge, etwa 53.866, 10.684.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Bring contacts in</source>
        <translation>Kontakte übernehmen</translation>
    </message>
    <message>
        <source>From a vCard or CSV file (or a Rapport export). Tap one to see what it holds first; nothing changes until you import.</source>
        <translation>Aus einer vCard- oder CSV-Datei (oder einem Rapport-Export). Tippen Sie eine an, um zuerst zu sehen, was sie enthält; bis zum Import ändert sich nichts.</translation>
    </message>
    <message>
        <source>Save a vCard (.vcf) or CSV file of contacts to Downloads or Documents, or type where it is below.</source>
        <translation>Legen Sie eine vCard- (.vcf) oder CSV-Datei mit Kontakten unter Downloads oder Dokumente ab, oder geben Sie unten an, wo sie liegt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Where the .vcf or .csv file is</source>
        <translation>Wo die .vcf- oder .csv-Datei liegt</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>Hineinsehen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 was not imported</source>
        <translation>%1 wurde nicht importiert</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>What %1 holds</source>
        <translation>Was %1 enthält</translation>
    </message>
    <message>
        <source>A large file takes a few seconds.</source>
        <translation>Eine große Datei braucht einige Sekunden.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Take everything out</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>Your records are yours. Files go to %1.</source>
        <translation>Ihre Daten gehören Ihnen. Dateien landen in %1.</translation>
    </message>
    <message>
        <source>Your notebook is encrypted on this device. No keychain service runs here, so its key is kept in a file only your user account can read.</source>
        <translation>Ihr Notizbuch ist auf diesem Gerät verschlüsselt. Hier läuft kein Schlüsselbund-Dienst, deshalb liegt sein Schlüssel in einer Datei, die nur Ihr Benutzerkonto lesen kann.</translation>
    </message>
    <message>
        <source>Your notebook is encrypted on this device; its key is kept in the system&apos;s keychain.</source>
        <translation>Ihr Notizbuch ist auf diesem Gerät verschlüsselt; sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Your notebook is not encrypted on this device.</source>
        <translation>Ihr Notizbuch ist auf diesem Gerät nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>What you take out is not encrypted: keep those files somewhere safe.</source>
        <translation>Was Sie exportieren, ist nicht verschlüsselt: Bewahren Sie diese Dateien sicher auf.</translation>
    </message>
    <message>
        <source>Give the room back to the device</source>
        <translation>Speicherplatz freigeben</translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation>Kontakte (vCard)</translation>
    </message>
    <message>
        <source>For a phone&apos;s or computer&apos;s address book</source>
        <translation>Für das Adressbuch von Telefon oder Computer</translation>
    </message>
    <message>
        <source>Follow-ups and birthdays (calendar)</source>
        <translation>Aufgaben und Geburtstage (Kalender)</translation>
    </message>
    <message>
        <source>Follow-ups on their day; birthdays every year</source>
        <translation>Aufgaben an ihrem Tag, Geburtstage jedes Jahr</translation>
    </message>
    <message>
        <source>Everything (CSV)</source>
        <translation>Alles (CSV)</translation>
    </message>
    <message>
        <source>For a spreadsheet: a file for each kind of record</source>
        <translation>Für eine Tabellenkalkulation: eine Datei je Art von Eintrag</translation>
    </message>
    <message>
        <source>Everything (JSON)</source>
        <translation>Alles (JSON)</translation>
    </message>
    <message>
        <source>Back into Rapport, photos included</source>
        <translation>Zurück in Rapport, samt Fotos</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>date format (QDate): today&apos;s date</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Decision maker</source>
        <comment>a buying role</comment>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Influencer</source>
        <comment>a buying role</comment>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>User</source>
        <comment>a buying role</comment>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Order processor</source>
        <comment>a buying role</comment>
        <translation>Besteller</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <comment>a buying role</comment>
        <translation>Türöffner</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QDate): short weekday, day, short month</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format (QDate): weekday, day and month</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>This device is full. Free some space, then try again: nothing you saved before is lost.</source>
        <translation>Dieses Gerät ist voll. Geben Sie Speicher frei und versuchen Sie es erneut: Nichts, was Sie zuvor gespeichert haben, geht verloren.</translation>
    </message>
    <message>
        <source>The notebook is busy syncing. Try again in a moment.</source>
        <translation>Das Notizbuch wird gerade abgeglichen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The notebook could not be written (%1). Nothing you saved before is lost.</source>
        <translation>Das Notizbuch konnte nicht geschrieben werden (%1). Nichts, was Sie zuvor gespeichert haben, geht verloren.</translation>
    </message>
    <message>
        <source>a visit</source>
        <translation>ein Besuch</translation>
    </message>
    <message>
        <source>decision maker</source>
        <comment>in a sentence</comment>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>influencer</source>
        <comment>in a sentence</comment>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>user</source>
        <comment>in a sentence</comment>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>order processor</source>
        <comment>in a sentence</comment>
        <translation>Besteller</translation>
    </message>
    <message>
        <source>gatekeeper</source>
        <comment>in a sentence</comment>
        <translation>Türöffner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a date: what was done then</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>metres</comment>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <comment>kilometres</comment>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>north</source>
        <translation>nördlich</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>nordöstlich</translation>
    </message>
    <message>
        <source>east</source>
        <translation>östlich</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>südöstlich</translation>
    </message>
    <message>
        <source>south</source>
        <translation>südlich</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>südwestlich</translation>
    </message>
    <message>
        <source>west</source>
        <translation>westlich</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>nordwestlich</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>The notebook is not open.</source>
        <translation>Das Notizbuch ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is no field of a %2.</source>
        <comment>a bug: a page asked for a field a record lacks</comment>
        <translation>„%1“ ist kein Feld von %2.</translation>
    </message>
</context>
<context>
    <name>DuplicateListModel</name>
    <message>
        <source>%1 and %2</source>
        <comment>two people&apos;s names</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Compare them, and merge or keep both</source>
        <translation>Vergleichen, dann zusammenführen oder beide behalten</translation>
    </message>
</context>
<context>
    <name>DuplicateReview</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rolle beim Einkauf</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobbys</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Mag</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>Mag nicht</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Best way to reach</source>
        <translation>Am besten erreichbar per</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Beste Zeit</translation>
    </message>
    <message>
        <source>These two can no longer be compared.</source>
        <translation>Diese beiden lassen sich nicht mehr vergleichen.</translation>
    </message>
    <message>
        <source>One of the two is no longer in your notebook.</source>
        <translation>Einer der beiden ist nicht mehr in Ihrem Notizbuch.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Same person?</source>
        <translation>Dieselbe Person?</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>Keine Dubletten</translation>
    </message>
    <message>
        <source>When two records look like one person (the same e-mail or phone, or the same name at one company), they show up here to compare.</source>
        <translation>Sehen zwei Einträge nach derselben Person aus (dieselbe E-Mail oder Telefonnummer oder derselbe Name in einer Firma), erscheinen sie hier zum Vergleich.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
    <message>
        <source>The two records say the same. Merge them into one, visits and all.</source>
        <translation>Beide Einträge sagen dasselbe. Führen Sie sie zu einem zusammen, samt Besuchen.</translation>
    </message>
    <message>
        <source>Where they differ, tap the value to keep. Lists are combined. Visits, follow-ups and feedback of both stay with the one record.</source>
        <translation>Wo sie sich unterscheiden, tippen Sie auf den Wert, der bleiben soll. Listen werden vereint. Besuche, Aufgaben und Kundenstimmen beider bleiben beim einen Eintrag.</translation>
    </message>
    <message>
        <source>%1 (both kept)</source>
        <translation>%1 (beide behalten)</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Verschiedene Personen</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <source>Feedback belongs to a customer: open it from their page.</source>
        <translation>Eine Kundenstimme gehört zu einem Kunden: Öffnen Sie sie von seiner Seite aus.</translation>
    </message>
    <message>
        <source>Give a score, or write what they said.</source>
        <translation>Vergeben Sie eine Bewertung, oder schreiben Sie, was gesagt wurde.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>What they said</source>
        <translation>Kundenstimme</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>How well did we meet their expectations?</source>
        <translation>Wie gut haben wir die Erwartungen erfüllt?</translation>
    </message>
    <message>
        <source>1: far below · 3: as expected · 5: far above</source>
        <translation>1: weit darunter · 3: wie erwartet · 5: weit darüber</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>In ihren Worten</translation>
    </message>
    <message>
        <source>Deliveries are on time now, but the invoices confuse them</source>
        <translation>Die Lieferungen kommen jetzt pünktlich, aber die Rechnungen verwirren sie</translation>
    </message>
    <message>
        <source>What they might need next</source>
        <translation>Was sie als Nächstes brauchen könnten</translation>
    </message>
    <message>
        <source>A second oven before Christmas</source>
        <translation>Einen zweiten Ofen vor Weihnachten</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>This file was removed.</source>
        <translation>Diese Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>It comes with the next sync.</source>
        <translation>Sie kommt mit dem nächsten Abgleich.</translation>
    </message>
    <message>
        <source>%1, %2. This picture cannot be shown on this device.</source>
        <translation>%1, %2. Dieses Bild kann auf diesem Gerät nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <source>Photos and files</source>
        <translation>Fotos und Dateien</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Comes with the next sync</source>
        <translation>Kommt mit dem nächsten Abgleich</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation>Foto oder Datei hinzufügen</translation>
    </message>
    <message>
        <source>Add a photo or file</source>
        <translation>Ein Foto oder eine Datei hinzufügen</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</source>
        <translation>Fotos und Dokumente (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpListModel</name>
    <message>
        <source>No due date</source>
        <translation>Ohne Fälligkeit</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig %1</translation>
    </message>
    <message>
        <source>No due date · %1</source>
        <translation>Ohne Fälligkeit · %1</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Fällig %1 · %2</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Noch nichts erledigt</translation>
    </message>
    <message>
        <source>Nothing to follow up</source>
        <translation>Nichts nachzufassen</translation>
    </message>
    <message>
        <source>Follow-ups you tick off land here.</source>
        <translation>Aufgaben, die Sie abhaken, landen hier.</translation>
    </message>
    <message>
        <source>Next steps you note when recording a visit become follow-ups here, on their due day.</source>
        <translation>Nächste Schritte, die Sie beim Erfassen eines Besuchs notieren, werden hier an ihrem Fälligkeitstag zu Aufgaben.</translation>
    </message>
    <message>
        <source>Open “%1” again</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>„%1“ als erledigt markieren</translation>
    </message>
</context>
<context>
    <name>ForgetPage</name>
    <message>
        <source>Forget %1</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Everything about them goes</source>
        <translation>Alles über die Person wird gelöscht</translation>
    </message>
    <message>
        <source>On this device now, and at the next sync on your other devices and the server. It cannot be undone.</source>
        <translation>Auf diesem Gerät sofort, auf Ihren anderen Geräten und dem Server beim nächsten Abgleich. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Gelöscht (%1)</translation>
    </message>
    <message>
        <source>Visits that stay, without them (%1)</source>
        <translation>Besuche, die ohne die Person bleiben (%1)</translation>
    </message>
    <message>
        <source>Text that names them (%1)</source>
        <translation>Texte, die die Person nennen (%1)</translation>
    </message>
    <message>
        <source>Rapport never rewrites what you wrote: edit or delete these yourself.</source>
        <translation>Rapport ändert nie, was Sie geschrieben haben: Bearbeiten oder löschen Sie diese selbst.</translation>
    </message>
    <message>
        <source>An unfinished note that names them is discarded.</source>
        <translation>Eine unfertige Notiz, die die Person nennt, wird verworfen.</translation>
    </message>
    <message>
        <source>Forget %1 for good?</source>
        <translation>%1 endgültig vergessen?</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>%1 is right</source>
        <translation>%1 stimmt</translation>
    </message>
</context>
<context>
    <name>GreetingWords</name>
    <message>
        <source>Happy anniversary!</source>
        <translation>Herzlichen Glückwunsch zum Jahrestag!</translation>
    </message>
    <message>
        <source>Happy anniversary! Congratulations to you both, and all the best for the years ahead.</source>
        <translation>Herzlichen Glückwunsch zum Jahrestag! Ihnen beiden alles Gute für die kommenden Jahre.</translation>
    </message>
    <message>
        <source>Happy birthday!</source>
        <translation>Alles Gute zum Geburtstag!</translation>
    </message>
    <message>
        <source>Happy birthday! I hope you have a wonderful day, and all the best for the year ahead.</source>
        <translation>Alles Gute zum Geburtstag! Ich wünsche Ihnen einen wunderbaren Tag und alles Gute für das neue Lebensjahr.</translation>
    </message>
    <message>
        <source>Happy anniversary, %1!</source>
        <translation>Herzlichen Glückwunsch zum Jahrestag, %1!</translation>
    </message>
    <message>
        <source>Happy anniversary, %1! Congratulations to you both, and all the best for the years ahead.</source>
        <translation>Herzlichen Glückwunsch zum Jahrestag, %1! Ihnen beiden alles Gute für die kommenden Jahre.</translation>
    </message>
    <message>
        <source>Happy birthday, %1!</source>
        <translation>Alles Gute zum Geburtstag, %1!</translation>
    </message>
    <message>
        <source>Happy birthday, %1! I hope you have a wonderful day, and all the best for the year ahead.</source>
        <translation>Alles Gute zum Geburtstag, %1! Ich wünsche Ihnen einen wunderbaren Tag und alles Gute für das neue Lebensjahr.</translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message numerus="yes">
        <source>%n lead(s) saved. Next one:</source>
        <translation>
            <numerusform>%n Kontakt gespeichert. Der nächste:</numerusform>
            <numerusform>%n Kontakte gespeichert. Der nächste:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation>%1 ließ sich nicht als Bild lesen: %2</translation>
    </message>
    <message>
        <source>No QR code was found on the picture. Hold the badge flat and close, or type the name.</source>
        <translation>Auf dem Bild wurde kein QR-Code gefunden. Halten Sie das Namensschild flach und nah, oder tippen Sie den Namen.</translation>
    </message>
    <message>
        <source>The badge&apos;s code holds no name (it reads “%1”). Type the name.</source>
        <translation>Der Code des Namensschilds enthält keinen Namen (er lautet „%1“). Tippen Sie den Namen.</translation>
    </message>
    <message>
        <source>A lead needs a name (a badge scan fills it in).</source>
        <translation>Ein Kontakt braucht einen Namen (das Scannen des Namensschilds trägt ihn ein).</translation>
    </message>
    <message>
        <source>This photo could not be opened. Take it again, or type the name.</source>
        <translation>Dieses Foto ließ sich nicht öffnen. Nehmen Sie es noch einmal auf oder tippen Sie den Namen.</translation>
    </message>
    <message>
        <source>This photo is too small to read. Take it closer, or type the name.</source>
        <translation>Dieses Foto ist zu klein zum Lesen. Gehen Sie näher heran oder tippen Sie den Namen.</translation>
    </message>
    <message>
        <source>Cards cannot be read on this device: the text recognizer&apos;s languages are not installed. Type the name.</source>
        <translation>Auf diesem Gerät können keine Karten gelesen werden: Die Sprachen der Texterkennung sind nicht installiert. Tippen Sie den Namen.</translation>
    </message>
    <message>
        <source>No business card or badge code was found on this photo. Hold the card flat and close, or type the name.</source>
        <translation>Auf diesem Foto ist keine Visitenkarte und kein Badge-Code zu finden. Halten Sie die Karte flach und nah oder tippen Sie den Namen.</translation>
    </message>
    <message>
        <source>%1 is in your notebook already: a contact with the same e-mail.</source>
        <translation>%1 ist schon in Ihrem Notizbuch: ein Kontakt mit derselben E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 is in your notebook already: a contact with the same phone number.</source>
        <translation>%1 ist schon in Ihrem Notizbuch: ein Kontakt mit derselben Telefonnummer.</translation>
    </message>
    <message>
        <source>%1 is in your notebook already, as a lead.</source>
        <translation>%1 ist schon in Ihrem Notizbuch, als Messekontakt.</translation>
    </message>
    <message>
        <source>%1 is in your notebook already, as a contact.</source>
        <translation>%1 ist schon in Ihrem Notizbuch, als Kontakt.</translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>cold</source>
        <translation>kalt</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>heiß</translation>
    </message>
    <message>
        <source>A customer now</source>
        <translation>Jetzt Kunde</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Nachgefasst</translation>
    </message>
    <message>
        <source>Never followed up</source>
        <translation>Nie nachgefasst</translation>
    </message>
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>Leads at the stand</source>
        <translation>Kontakte am Stand</translation>
    </message>
    <message>
        <source>Capture leads</source>
        <translation>Messekontakte erfassen</translation>
    </message>
    <message>
        <source>Hold to leave</source>
        <translation>Zum Verlassen gedrückt halten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Was ihnen wichtig ist</translation>
    </message>
    <message>
        <source>ovens, energy costs</source>
        <translation>Öfen, Energiekosten</translation>
    </message>
    <message>
        <source>How warm</source>
        <translation>Wie interessiert</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Bakery Expo 2026</source>
        <translation>Bäckereimesse 2026</translation>
    </message>
    <message>
        <source>Save and next lead</source>
        <translation>Speichern und nächster</translation>
    </message>
    <message>
        <source>A customer now.</source>
        <translation>Jetzt ein Kunde.</translation>
    </message>
    <message>
        <source>Make a customer</source>
        <translation>Zum Kunden machen</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Aufgabe planen</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Schon bekannt</translation>
    </message>
    <message>
        <source>Badge or card picture</source>
        <translation>Foto von Badge oder Karte</translation>
    </message>
    <message>
        <source>Where the photo of the badge or card is</source>
        <translation>Wo das Foto des Badges oder der Karte liegt</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Photograph badge or card</source>
        <translation>Badge oder Karte fotografieren</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Die Karte wird gelesen…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Head of purchasing</source>
        <translation>Leitung Einkauf</translation>
    </message>
    <message>
        <source>Read from the card</source>
        <translation>Von der Karte gelesen</translation>
    </message>
    <message>
        <source>Read from the card: please check</source>
        <translation>Von der Karte gelesen: bitte prüfen</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Trade-show leads</source>
        <translation>Messekontakte</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Never followed up</source>
        <translation>Nie nachgefasst</translation>
    </message>
    <message>
        <source>A year or more since the show, never followed up</source>
        <translation>Ein Jahr oder länger nach der Messe, nie nachgefasst</translation>
    </message>
    <message>
        <source>Every lead followed up</source>
        <translation>Bei allen Kontakten nachgefasst</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Noch keine Messekontakte</translation>
    </message>
    <message>
        <source>Leads you have not followed up or made a customer show up here.</source>
        <translation>Kontakte, bei denen Sie noch nicht nachgefasst haben und die noch keine Kunden sind, erscheinen hier.</translation>
    </message>
    <message>
        <source>At a trade show, capture each person in a few seconds: type the name, or read their badge&apos;s QR code.</source>
        <translation>Erfassen Sie auf einer Messe jede Person in Sekunden: Namen eintippen oder den QR-Code des Namensschilds lesen.</translation>
    </message>
    <message>
        <source>Capture leads</source>
        <translation>Messekontakte erfassen</translation>
    </message>
    <message numerus="yes">
        <source>%n old lead(s) to keep or forget</source>
        <translation>
            <numerusform>%n alter Kontakt zum Behalten oder Vergessen</numerusform>
            <numerusform>%n alte Kontakte zum Behalten oder Vergessen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Rapport is locked</source>
        <translation>Rapport ist gesperrt</translation>
    </message>
    <message>
        <source>Type your passcode</source>
        <translation>Code eingeben</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Tap something on the left to open it here.</source>
        <translation>Tippen Sie links auf etwas, um es hier zu öffnen.</translation>
    </message>
    <message>
        <source>Pick an account to see it here.</source>
        <translation>Wählen Sie einen Kunden, um ihn hier zu sehen.</translation>
    </message>
    <message>
        <source>Tap a follow-up to see its customer here.</source>
        <translation>Tippen Sie auf eine Aufgabe, um hier ihren Kunden zu sehen.</translation>
    </message>
    <message>
        <source>What you find opens here.</source>
        <translation>Was Sie finden, öffnet sich hier.</translation>
    </message>
    <message>
        <source>Sync, conflicts to review and settings open here.</source>
        <translation>Abgleich, zu prüfende Konflikte und Einstellungen öffnen sich hier.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>Konflikte prüfen</translation>
    </message>
    <message>
        <source>None: every edit made on two devices was merged</source>
        <translation>Keine: jede Änderung auf zwei Geräten wurde zusammengeführt</translation>
    </message>
    <message>
        <source>%1 to look at</source>
        <translation>%1 anzusehen</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>None: every person is in your notebook once</source>
        <translation>Keine: jede Person steht nur einmal in Ihrem Notizbuch</translation>
    </message>
    <message>
        <source>%1 to compare</source>
        <translation>%1 zu vergleichen</translation>
    </message>
    <message>
        <source>Trade-show leads</source>
        <translation>Messekontakte</translation>
    </message>
    <message>
        <source>Capture at the stand; see who was never followed up</source>
        <translation>Am Stand erfassen; sehen, bei wem nie nachgefasst wurde</translation>
    </message>
    <message>
        <source>Visit cadence</source>
        <translation>Besuchsrhythmus</translation>
    </message>
    <message>
        <source>How often to see the customers of each segment</source>
        <translation>Wie oft Sie die Kunden jeder Branche besuchen</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Import contacts; export to your address book, calendar or a spreadsheet</source>
        <translation>Kontakte importieren; in Adressbuch, Kalender oder Tabelle exportieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server, theme</source>
        <translation>Server, Darstellung</translation>
    </message>
    <message>
        <source>Not signed in · %1</source>
        <translation>Nicht angemeldet · %1</translation>
    </message>
    <message>
        <source>Needs you · %1</source>
        <translation>Braucht Sie · %1</translation>
    </message>
    <message>
        <source>Up to date at %1 · %2</source>
        <translation>Aktuell um %1 · %2</translation>
    </message>
</context>
<context>
    <name>NearMePage</name>
    <message>
        <source>Near me</source>
        <translation>In der Nähe</translation>
    </message>
    <message>
        <source>Where you are is not read</source>
        <translation>Wo Sie sind, wird nicht gelesen</translation>
    </message>
    <message>
        <source>You chose not to let Rapport note where you are. Turn on “Note where I am” in Settings to see the customers near you.</source>
        <translation>Sie haben Rapport nicht erlaubt, festzuhalten, wo Sie sind. Schalten Sie in den Einstellungen „Festhalten, wo ich bin“ ein, um die Kunden in Ihrer Nähe zu sehen.</translation>
    </message>
    <message>
        <source>Where you are is not known</source>
        <translation>Wo Sie sind, ist nicht bekannt</translation>
    </message>
    <message>
        <source>Finding where you are…</source>
        <translation>Ihr Standort wird ermittelt…</translation>
    </message>
    <message>
        <source>The customers near you show as soon as the device knows.</source>
        <translation>Die Kunden in Ihrer Nähe erscheinen, sobald das Gerät es weiß.</translation>
    </message>
    <message>
        <source>No customer&apos;s place is known yet</source>
        <translation>Noch von keinem Kunden ist der Ort bekannt</translation>
    </message>
    <message>
        <source>A customer&apos;s place is learnt from the visits you record there, or pinned on its page.</source>
        <translation>Den Ort eines Kunden lernt Rapport aus den Besuchen, die Sie dort erfassen, oder Sie stecken ihn auf seiner Seite fest.</translation>
    </message>
</context>
<context>
    <name>NearbyAccountsModel</name>
    <message>
        <source>%1 %2</source>
        <comment>distance and direction</comment>
        <extracomment>How far and which way a customer is: &quot;800 m east&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>due a visit</source>
        <translation>Besuch fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n Aufgabe fällig</numerusform>
            <numerusform>%n Aufgaben fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotebookExport</name>
    <message>
        <source>No photos or files yet.</source>
        <translation>Noch keine Fotos oder Dateien.</translation>
    </message>
    <message>
        <source>Deleted records and photos left %1 unused.</source>
        <translation>Gelöschte Einträge und Fotos haben %1 ungenutzt zurückgelassen.</translation>
    </message>
    <message>
        <source>The room could not be given back: %1</source>
        <translation>Der Speicherplatz konnte nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>%1 given back to the device.</source>
        <translation>%1 auf dem Gerät freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) take(s) %1 on this device.</source>
        <translation>
            <numerusform>%n Foto oder Datei belegt %1 auf diesem Gerät.</numerusform>
            <numerusform>%n Fotos und Dateien belegen %1 auf diesem Gerät.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotebookImport</name>
    <message numerus="yes">
        <source>%n record(s) would come in from %1.</source>
        <translation>
            <numerusform>%n Eintrag käme aus %1.</numerusform>
            <numerusform>%n Einträge kämen aus %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came in from %1.</source>
        <translation>
            <numerusform>%n Eintrag kam aus %1.</numerusform>
            <numerusform>%n Einträge kamen aus %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would come in from %1.</source>
        <translation>
            <numerusform>%n Person käme aus %1.</numerusform>
            <numerusform>%n Personen kämen aus %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) came in from %1.</source>
        <translation>
            <numerusform>%n Person kam aus %1.</numerusform>
            <numerusform>%n Personen kamen aus %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would come in from %1, with %2.</source>
        <comment>%2: a number of new companies</comment>
        <translation>
            <numerusform>%n Person käme aus %1, mit %2.</numerusform>
            <numerusform>%n Personen kämen aus %1, mit %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) came in from %1, with %2.</source>
        <comment>%2: a number of new companies</comment>
        <translation>
            <numerusform>%n Person kam aus %1, mit %2.</numerusform>
            <numerusform>%n Personen kamen aus %1, mit %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(s)</source>
        <translation>
            <numerusform>%n neuen Firma</numerusform>
            <numerusform>%n neuen Firmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your notebook, left as they are.</source>
        <translation>
            <numerusform>%n schon in Ihrem Notizbuch, unverändert gelassen.</numerusform>
            <numerusform>%n schon in Ihrem Notizbuch, unverändert gelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) like people you have: compare them under Duplicates.</source>
        <translation>
            <numerusform>%n sieht aus wie jemand, den Sie haben: Vergleichen Sie unter Dubletten.</numerusform>
            <numerusform>%n sehen aus wie Personen, die Sie haben: Vergleichen Sie unter Dubletten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (below).</source>
        <translation>
            <numerusform>%n übersprungen (unten).</numerusform>
            <numerusform>%n übersprungen (unten).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not UTF-8; it was read as %1: check the accents.</source>
        <translation>Die Datei war kein UTF-8; sie wurde als %1 gelesen: Prüfen Sie die Umlaute.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <comment>where in the file, and why</comment>
        <translation>Übersprungen %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>NotebookPreparation</name>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>PasscodePad</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Could not forget them: %1</source>
        <translation>Die Person konnte nicht vergessen werden: %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Kundenstimme</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Messekontakt</translation>
    </message>
    <message>
        <source>Change kept when two devices disagreed</source>
        <translation>Behaltene Änderung, als zwei Geräte uneins waren</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliche Dublette</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Answer to a reminder</source>
        <translation>Antwort auf eine Erinnerung</translation>
    </message>
</context>
<context>
    <name>PersonRecordExport</name>
    <message>
        <source>What Rapport keeps about %1</source>
        <translation>Was Rapport über %1 speichert</translation>
    </message>
    <message>
        <source>Could not write into %1.</source>
        <translation>Konnte nicht in %1 schreiben.</translation>
    </message>
    <message>
        <source>this person</source>
        <comment>in a file name</comment>
        <translation>diese Person</translation>
    </message>
</context>
<context>
    <name>PlaceConsentCard</name>
    <message>
        <source>Note where you are with each visit?</source>
        <translation>Bei jedem Besuch festhalten, wo Sie sind?</translation>
    </message>
    <message>
        <source>Rapport then knows which customer you are at, who is near you and the shortest way through your day. Where you were stays in your own notebook, is never shown to anyone else, and can be turned off in Settings.</source>
        <translation>Dann weiß Rapport, bei welchem Kunden Sie sind, wer in Ihrer Nähe ist und welcher Weg durch Ihren Tag der kürzeste ist. Wo Sie waren, bleibt in Ihrem eigenen Notizbuch, wird niemandem sonst gezeigt und lässt sich in den Einstellungen abschalten.</translation>
    </message>
    <message>
        <source>Yes, note it</source>
        <translation>Ja, festhalten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>PreparingWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Getting your notebook ready</source>
        <translation>Ihr Notizbuch wird vorbereitet</translation>
    </message>
    <message>
        <source>This version of Rapport arranges your lists and search anew, once. Nothing in your notebook changes.</source>
        <translation>Diese Version von Rapport ordnet Ihre Listen und die Suche einmalig neu. An Ihrem Notizbuch ändert sich nichts.</translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <source>Save the record first, then add its photos and files.</source>
        <translation>Speichern Sie den Eintrag zuerst, dann fügen Sie Fotos und Dateien hinzu.</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>“%1” could not be written where other apps can open it.</source>
        <translation>„%1“ konnte nicht dort abgelegt werden, wo andere Apps es öffnen können.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, more than a record can hold.</source>
        <translation>„%1“ ist größer als %2, mehr als ein Eintrag fassen kann.</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>Open</source>
        <comment>a reminder</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a reminder</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <comment>remind me again</comment>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Next week</source>
        <comment>remind me again</comment>
        <translation>Nächste Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) for today</source>
        <translation>
            <numerusform>%n Erinnerung für heute</numerusform>
            <numerusform>%n Erinnerungen für heute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>Today&apos;s route</source>
        <translation>Die Route für heute</translation>
    </message>
    <message>
        <source>No visits planned today</source>
        <translation>Heute sind keine Besuche geplant</translation>
    </message>
    <message>
        <source>Visits you plan for today are put in the order that keeps the drive short.</source>
        <translation>Besuche, die Sie für heute planen, kommen in die Reihenfolge mit dem kürzesten Weg.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n Halt</numerusform>
            <numerusform>%n Halte</numerusform>
        </translation>
    </message>
    <message>
        <source>From where you are, as the crow flies.</source>
        <translation>Von Ihrem Standort, Luftlinie.</translation>
    </message>
    <message>
        <source>From the first stop, as the crow flies: where you are is not known.</source>
        <translation>Vom ersten Halt an, Luftlinie: Wo Sie sind, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Open %1 in maps</source>
        <translation>%1 in Karten öffnen</translation>
    </message>
    <message>
        <source>Where these are is not known</source>
        <translation>Wo diese sind, ist nicht bekannt</translation>
    </message>
    <message>
        <source>Pin each on its page, or record a visit there, to have it in the route.</source>
        <translation>Stecken Sie jeden auf seiner Seite fest oder erfassen Sie dort einen Besuch, damit er in die Route kommt.</translation>
    </message>
    <message>
        <source>%1 from here</source>
        <translation>%1 von hier</translation>
    </message>
    <message>
        <source>%1 further</source>
        <translation>%1 weiter</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>Too many wrong tries.</source>
        <translation>Zu viele falsche Versuche.</translation>
    </message>
    <message>
        <source>That is not the passcode.</source>
        <translation>Das ist nicht der Code.</translation>
    </message>
    <message>
        <source>The two passcodes differ. Type the same one twice.</source>
        <translation>Die beiden Codes unterscheiden sich. Geben Sie zweimal denselben ein.</translation>
    </message>
    <message>
        <source>A passcode is 4 to 12 digits.</source>
        <translation>Ein Code hat 4 bis 12 Ziffern.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Versuchen Sie es in %n Sekunde wieder.</numerusform>
            <numerusform>Versuchen Sie es in %n Sekunden wieder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>A name, a town, “baseball”…</source>
        <translation>Ein Name, ein Ort, „Baseball“…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Search looks at names, companies, towns, notes and interests. Try fewer letters.</source>
        <translation>Die Suche durchsucht Namen, Firmen, Orte, Notizen und Interessen. Versuchen Sie weniger Buchstaben.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Account</source>
        <comment>a kind of record</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>a kind of record</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>a kind of record</comment>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>a kind of record</comment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Lead</source>
        <comment>a kind of record</comment>
        <translation>Messekontakt</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>a kind of record</comment>
        <translation>Kundenstimme</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Angemeldet als %1 bei %2</translation>
    </message>
    <message>
        <source>Not signed in: everything stays on this device.</source>
        <translation>Nicht angemeldet: Alles bleibt auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1 percent</source>
        <translation>Textgröße %1 Prozent</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>Ihre Einträge</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No passcode: whoever holds this device can open Rapport.</source>
        <translation>Kein Code: Wer dieses Gerät in der Hand hat, kann Rapport öffnen.</translation>
    </message>
    <message>
        <source>Asked when Rapport starts and each time you come back to it.</source>
        <translation>Wird beim Start von Rapport und bei jeder Rückkehr abgefragt.</translation>
    </message>
    <message>
        <source>Asked when Rapport starts and after %1 away.</source>
        <translation>Wird beim Start von Rapport und nach %1 Abwesenheit abgefragt.</translation>
    </message>
    <message>
        <source>It guards the screen. The notebook&apos;s key is kept by the system, not by the passcode.</source>
        <translation>Er schützt den Bildschirm. Den Schlüssel des Notizbuchs verwahrt das System, nicht der Code.</translation>
    </message>
    <message>
        <source>Ask again after</source>
        <translation>Erneut fragen nach</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Change passcode</source>
        <translation>Code ändern</translation>
    </message>
    <message>
        <source>Choose a passcode</source>
        <translation>Code festlegen</translation>
    </message>
    <message>
        <source>Remove passcode</source>
        <translation>Code entfernen</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Current passcode</source>
        <translation>Aktueller Code</translation>
    </message>
    <message>
        <source>New passcode, 4 to 12 digits</source>
        <translation>Neuer Code, 4 bis 12 Ziffern</translation>
    </message>
    <message>
        <source>The new passcode again</source>
        <translation>Den neuen Code noch einmal</translation>
    </message>
    <message>
        <source>Save passcode</source>
        <translation>Code speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stand mode</source>
        <translation>Standmodus</translation>
    </message>
    <message>
        <source>For a tablet on your stand: visitors see only the lead form, a fresh one after each lead. </source>
        <translation>Für ein Tablet an Ihrem Stand: Besucher sehen nur das Kontaktformular, nach jedem Kontakt ein neues. </translation>
    </message>
    <message>
        <source>Leaving takes a long press and your passcode.</source>
        <translation>Zum Verlassen lange drücken und Ihren Code eingeben.</translation>
    </message>
    <message>
        <source>Leaving takes a long press and a confirmation; with a passcode, the passcode.</source>
        <translation>Zum Verlassen lange drücken und bestätigen; mit Code den Code eingeben.</translation>
    </message>
    <message>
        <source>Start stand mode</source>
        <translation>Standmodus starten</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), kept on this device in %1</source>
        <translation>
            <numerusform>%Ln Eintrag, auf diesem Gerät gespeichert in %1</numerusform>
            <numerusform>%Ln Einträge, auf diesem Gerät gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Text size as the system</source>
        <translation>Textgröße wie das System</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Each morning: visits planned, follow-ups due, birthdays of the day, customers gone quiet. Where the desktop shows notifications.</source>
        <translation>Jeden Morgen: geplante Besuche, fällige Aufgaben, Geburtstage des Tages, still gewordene Kunden. Wo der Desktop Benachrichtigungen zeigt.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>At %1:00</source>
        <translation>Um %1:00</translation>
    </message>
    <message>
        <source>All in one notification</source>
        <translation>Alle in einer Benachrichtigung</translation>
    </message>
    <message>
        <source>With the window closed, Rapport can go on syncing and reminding in the background.</source>
        <translation>Bei geschlossenem Fenster kann Rapport im Hintergrund weiter synchronisieren und erinnern.</translation>
    </message>
    <message>
        <source>Keep running when closed</source>
        <translation>Geschlossen weiterlaufen</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Where each visit is recorded, to know which customer you are at, who is near you and the shortest way through your day. It stays in your own notebook and is never shown to anyone else.</source>
        <translation>Wo jeder Besuch erfasst wird: um zu wissen, bei welchem Kunden Sie sind, wer in Ihrer Nähe ist und welcher Weg durch Ihren Tag der kürzeste ist. Es bleibt in Ihrem eigenen Notizbuch und wird niemandem sonst gezeigt.</translation>
    </message>
    <message>
        <source>Note where I am</source>
        <translation>Festhalten, wo ich bin</translation>
    </message>
    <message>
        <source>A visit is on site when recorded within:</source>
        <translation>Ein Besuch gilt als vor Ort, wenn er erfasst wird innerhalb von:</translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>metres</comment>
        <translation>%1 m</translation>
    </message>
</context>
<context>
    <name>StaleLeadReview</name>
    <message>
        <source>captured %1</source>
        <translation>erfasst %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QDate): day, short month, year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>StaleLeadsPage</name>
    <message>
        <source>Old leads</source>
        <translation>Alte Messekontakte</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>No old leads</source>
        <translation>Keine alten Messekontakte</translation>
    </message>
    <message>
        <source>A year on, never followed up</source>
        <translation>Ein Jahr später, nie nachgefasst</translation>
    </message>
    <message>
        <source>Leads you never followed up are offered here a year after the show.</source>
        <translation>Kontakte, bei denen Sie nie nachgefasst haben, erscheinen hier ein Jahr nach der Messe.</translation>
    </message>
    <message>
        <source>These people never became customers. Forget them everywhere, or keep them for another year.</source>
        <translation>Diese Personen wurden nie Kunden. Vergessen Sie sie überall, oder behalten Sie sie ein weiteres Jahr.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Forget all %1</source>
        <translation>Alle %1 vergessen</translation>
    </message>
</context>
<context>
    <name>StandPage</name>
    <message>
        <source>Leave stand mode?</source>
        <translation>Standmodus verlassen?</translation>
    </message>
    <message>
        <source>Whoever holds the tablet then sees your whole notebook: people, search and every lead. A passcode (in Settings) would be asked here instead.</source>
        <translation>Wer das Tablet dann in der Hand hat, sieht Ihr ganzes Notizbuch: Personen, Suche und jeden Kontakt. Mit einem Code (in den Einstellungen) würde hier stattdessen der Code abgefragt.</translation>
    </message>
    <message>
        <source>Passcode to leave stand mode</source>
        <translation>Code zum Verlassen des Standmodus</translation>
    </message>
    <message>
        <source>Leave stand mode</source>
        <translation>Standmodus verlassen</translation>
    </message>
    <message>
        <source>Back to the lead form</source>
        <translation>Zurück zum Kontaktformular</translation>
    </message>
</context>
<context>
    <name>SubjectWords</name>
    <message>
        <source>What is kept about %1</source>
        <translation>Was über %1 gespeichert ist</translation>
    </message>
    <message>
        <source>Everything this notebook holds about you, as of %1.</source>
        <translation>Alles, was dieses Notizbuch über Sie enthält, Stand %1.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>Visits you took part in</source>
        <translation>Besuche, an denen Sie teilgenommen haben</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Vereinbarte nächste Schritte</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Messekontakte</translation>
    </message>
    <message>
        <source>Greetings sent</source>
        <translation>Gesendete Glückwünsche</translation>
    </message>
    <message>
        <source>Changes recorded when two devices disagreed</source>
        <translation>Festgehaltene Änderungen, als zwei Geräte uneins waren</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Last changed %1 on device %2</source>
        <translation>Zuletzt geändert %1 auf Gerät %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rolle beim Einkauf</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Hobbys</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Mag</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>Mag nicht</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interessen</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Wie wir uns kennengelernt haben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Best way to reach</source>
        <translation>Am besten erreichbar per</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Beste Zeit</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>In Ihren Worten</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sign in again: the password is no longer on this device.</source>
        <translation>Melden Sie sich erneut an: Das Passwort ist nicht mehr auf diesem Gerät.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, starting with https://</source>
        <translation>Geben Sie die Adresse des Servers ein, beginnend mit https://</translation>
    </message>
    <message>
        <source>Type your name and password for this server.</source>
        <translation>Geben Sie Ihren Namen und Ihr Passwort für diesen Server ein.</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date and time format (QDateTime)</comment>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Mit keinem Server verbunden</translation>
    </message>
    <message>
        <source>Everything you record is kept on this device. %1 Sign in below to keep it on your server too, and on your other devices.</source>
        <translation>Alles, was Sie erfassen, bleibt auf diesem Gerät. %1 Melden Sie sich unten an, um es auch auf Ihrem Server und Ihren anderen Geräten zu haben.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Offline: syncs when the server can be reached</source>
        <translation>Offline: gleicht ab, sobald der Server erreichbar ist</translation>
    </message>
    <message>
        <source>Up to date at %1</source>
        <translation>Aktuell um %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2. %3</source>
        <translation>Angemeldet als %1 bei %2. %3</translation>
    </message>
    <message>
        <source>Something needs you</source>
        <translation>Etwas braucht Sie</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>No keychain service runs on this device, so your password is kept in a file that only your user account can read.</source>
        <translation>Auf diesem Gerät läuft kein Schlüsselbund-Dienst, deshalb liegt Ihr Passwort in einer Datei, die nur Ihr Benutzerkonto lesen kann.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Your name on the server</source>
        <translation>Ihr Name auf dem Server</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>Anmelden und abgleichen</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Kept here, not on the server: %1</source>
        <translation>Hier behalten, nicht auf dem Server: %1</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>Nothing waits to go.</source>
        <translation>Nichts wartet auf den Versand.</translation>
    </message>
    <message>
        <source>nothing waiting to go</source>
        <translation>nichts wartet auf den Versand</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait(s) to go.</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Versand.</numerusform>
            <numerusform>%n Änderungen warten auf den Versand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Versand</numerusform>
            <numerusform>%n Änderungen warten auf den Versand</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <source>Unknown action %1.</source>
        <translation>Unbekannte Aktion %1.</translation>
    </message>
    <message>
        <source>“%1” is not a birthday or an anniversary.</source>
        <translation>„%1“ ist kein Geburtstag und kein Jahrestag.</translation>
    </message>
    <message>
        <source>There is no phone number for them in your notebook.</source>
        <translation>Für diese Person steht keine Telefonnummer in Ihrem Notizbuch.</translation>
    </message>
    <message>
        <source>There is no e-mail address for them in your notebook.</source>
        <translation>Für diese Person steht keine E-Mail-Adresse in Ihrem Notizbuch.</translation>
    </message>
    <message>
        <source>No app could open the message; use Copy and paste it where you write to them.</source>
        <translation>Keine App konnte die Nachricht öffnen; kopieren Sie sie und fügen Sie sie dort ein, wo Sie der Person schreiben.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Visits today</source>
        <translation>Besuche heute</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Fällige Aufgaben</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries</source>
        <translation>Geburtstage und Jahrestage</translation>
    </message>
    <message>
        <source>Nothing promised yet</source>
        <translation>Noch nichts zugesagt</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Still geworden</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Overdue since %1 · %2</source>
        <translation>Überfällig seit %1 · %2</translation>
    </message>
    <message>
        <source>Due today · %1</source>
        <translation>Heute fällig · %1</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a follow-up, ticked off</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Geburtstag heute</translation>
    </message>
    <message>
        <source>Anniversary today</source>
        <translation>Jahrestag heute</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation>Geburtstag %1</translation>
    </message>
    <message>
        <source>Anniversary %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation>Jahrestag %1</translation>
    </message>
    <message>
        <source>%1 · congratulated</source>
        <comment>%1: birthday or anniversary today</comment>
        <translation>%1 · gratuliert</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>send a text message</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%1 · say congratulations</source>
        <comment>%1: birthday or anniversary today</comment>
        <translation>%1 · gratulieren</translation>
    </message>
    <message>
        <source>Visited %1 · send them something useful</source>
        <translation>Besucht %1 · schicken Sie etwas Nützliches</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Aufgabe planen</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Nicht nötig</translation>
    </message>
    <message>
        <source>Last visit %1 · ask them why it has been quiet</source>
        <translation>Letzter Besuch %1 · fragen Sie, warum es still ist</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Continue the visit note for %1</source>
        <translation>Besuchsnotiz für %1 fortsetzen</translation>
    </message>
    <message>
        <source>Continue your visit note</source>
        <translation>Besuchsnotiz fortsetzen</translation>
    </message>
    <message>
        <source>Not saved yet. Everything you typed is kept.</source>
        <translation>Noch nicht gespeichert. Alles, was Sie getippt haben, ist noch da.</translation>
    </message>
    <message>
        <source>A clear day</source>
        <translation>Ein freier Tag</translation>
    </message>
    <message>
        <source>Visits you plan, follow-ups that fall due and birthdays this week will show up here. Start by recording a visit.</source>
        <translation>Geplante Besuche, fällige Aufgaben und Geburtstage dieser Woche erscheinen hier. Erfassen Sie zuerst einen Besuch.</translation>
    </message>
    <message>
        <source>Your notebook could not be opened</source>
        <translation>Ihr Notizbuch ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>Everything you record is saved on this device first, even without a connection.</source>
        <translation>Alles, was Sie erfassen, wird zuerst auf diesem Gerät gespeichert, auch ohne Verbindung.</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Besuch erfassen</translation>
    </message>
    <message>
        <source>Today&apos;s route</source>
        <translation>Die Route für heute</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n Halt</numerusform>
            <numerusform>%n Halte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Record a visit</source>
        <translation>Besuch erfassen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Picked up where you left off</source>
        <translation>Weiter, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>This visit was not saved yet. Everything you typed is here.</source>
        <translation>Dieser Besuch ist noch nicht gespeichert. Alles, was Sie getippt haben, ist hier.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Who did you visit?</source>
        <translation>Wen haben Sie besucht?</translation>
    </message>
    <message>
        <source>Planned today: %1</source>
        <translation>Heute geplant: %1</translation>
    </message>
    <message>
        <source>Planned today</source>
        <translation>Heute geplant</translation>
    </message>
    <message>
        <source>Add “%1” as a new customer</source>
        <translation>„%1“ als neuen Kunden anlegen</translation>
    </message>
    <message>
        <source>People you met</source>
        <translation>Getroffene Personen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>New person&apos;s first name</source>
        <translation>Vorname der neuen Person</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>New person&apos;s last name</source>
        <translation>Nachname der neuen Person</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pick the visit&apos;s date</source>
        <translation>Besuchsdatum wählen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Oven trial, price talk…</source>
        <translation>Ofentest, Preisgespräch…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What did you talk about? What did you learn about them?</source>
        <translation>Worüber haben Sie gesprochen? Was haben Sie über sie erfahren?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Wants a quote by Friday</source>
        <translation>Möchte bis Freitag ein Angebot</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Send the brochure</source>
        <translation>Prospekt schicken</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>due 2026-12-01</source>
        <translation>fällig 2026-12-01</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Pick the day it is due</source>
        <translation>Fälligkeitstag wählen</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>In einem Monat</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Fotos und Dateien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation>Foto oder Datei hinzufügen</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Besuch speichern</translation>
    </message>
    <message>
        <source>Discard this draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Tag des Besuchs</translation>
    </message>
    <message>
        <source>Add a photo or file to the visit</source>
        <translation>Foto oder Datei zum Besuch hinzufügen</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</source>
        <translation>Fotos und Dokumente (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — fällig %2</translation>
    </message>
    <message>
        <source>You are here: the visit is noted as made on site.</source>
        <translation>Sie sind hier: Der Besuch wird als vor Ort festgehalten.</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
</context>
<context>
    <name>VisitRecorder</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>gone from this device</source>
        <translation>nicht mehr auf diesem Gerät</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is gone from this device or cannot be read: remove it from the visit to save the rest.</source>
        <translation>„%1“ ist nicht mehr auf diesem Gerät oder nicht lesbar: Entfernen Sie es aus dem Besuch, um den Rest zu speichern.</translation>
    </message>
    <message>
        <source>The visit could not be saved; your draft is kept. %1</source>
        <translation>Der Besuch konnte nicht gespeichert werden; Ihr Entwurf bleibt erhalten. %1</translation>
    </message>
</context>
<context>
    <name>Whereabouts</name>
    <message>
        <source>This device cannot tell where it is.</source>
        <translation>Dieses Gerät kann nicht sagen, wo es ist.</translation>
    </message>
    <message>
        <source>Rapport may not read where you are: allow it in the system&apos;s settings.</source>
        <translation>Rapport darf nicht lesen, wo Sie sind: Erlauben Sie es in den Einstellungen des Systems.</translation>
    </message>
    <message>
        <source>The location service was turned off.</source>
        <translation>Der Ortungsdienst wurde abgeschaltet.</translation>
    </message>
    <message>
        <source>Where you are could not be read.</source>
        <translation>Wo Sie sind, ließ sich nicht lesen.</translation>
    </message>
</context>
</TS>
