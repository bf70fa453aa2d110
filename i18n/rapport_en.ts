<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountEditPage</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retail, hospitality…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit at least every … days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>visit every %n day(s)</source>
        <translation>
            <numerusform>visit every day</numerusform>
            <numerusform>visit every %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Size now %1 · potential %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFeedbackModel</name>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expectations met %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <comment>what they might need next</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountInsights</name>
    <message>
        <source>No need right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhappy with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our contact left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a buying role after a name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know nobody here yet. Who decides what this customer buys?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody you know here decides. Ask %1 who does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach %1 next: they decide, and were %2.</source>
        <comment>%2: never visited, or last seen (a date)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach %1 next: they influence what is bought, %2.</source>
        <comment>%2: never visited, or last seen (a date)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody you know here decides. Ask %1%2 who does.</source>
        <comment>%2: their buying role in brackets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So far: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it went quiet (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it went quiet (%1): %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet since %1: %2 days, past the %3 you aim for. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the reason that comes closest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could buy %1× what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the visit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: it is learnt from the visits you record there, or pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map&apos;s link, or 53.866, 10.684</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the customer is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountVisitsModel</name>
    <message>
        <source>Visit</source>
        <comment>a visit without a subject</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an account by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room to grow ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the customers you visit with “New”, or record a visit and add the customer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try part of the name, or another segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentImages</name>
    <message>
        <source>no notebook named in the picture&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundAgent</name>
    <message>
        <source>Rapport syncs in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>the background agent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport already syncs this notebook (process %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Last time, %1</source>
        <comment>%1: date: what was done</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You promised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You promised: %1 (was due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You promised: %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of 5</source>
        <comment>a date, a score out of 5</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They said (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They said (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their company said (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their company said (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: birthday %2</source>
        <comment>a person, a weekday, day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: anniversary %2</source>
        <comment>a person, a weekday, day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadencePage</name>
    <message>
        <source>Visit cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between visits for each segment. A customer&apos;s own cadence, set on their page, comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your accounts a segment (retail, hospitality, …) and set how often to visit each here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CadenceSettings</name>
    <message>
        <source>“%1” is not a number of days: type one from 1 to 730, or nothing for no cadence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarChoice</name>
    <message>
        <source>no year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraSheet</name>
    <message>
        <source>No camera was found on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraViewfinder</name>
    <message>
        <source>There is no room on this device to keep a photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <comment>a value nobody filled in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date and time format (QDateTime)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted on one device and changed on another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept, with the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file the other change attached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Review conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your phone and your tablet change the same thing differently, the later change is kept and the other waits here for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditPage</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in buying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers to be reached by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, e-mail, a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mornings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language they prefer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German, English…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1984-02-29 or 02-29</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2010-06-12 or 06-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseball cards, chess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sailing, jazz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Not known yet</source>
        <comment>a buying role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A family member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cares about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I keep about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, ready to send them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 1984-02-29, or 02-29 without the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 2026-11-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the customer you visited (or add a new one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the next step is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was dealt with already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these two were already merged or told apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file breaks off or is not valid JSON; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Rapport export (JSON with a &quot;docs&quot; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server address starts with https:// (or http://) and names a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes wait on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept your name and password. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem. Rapport tries again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered in a way Rapport does not understand. Is this the address of a CouchDB server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database is not on this server. Ask whoever runs it to set up your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is full. Free some space; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no _id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a record of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is nested deeper than a record may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names a company (%1) but no person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its first row names no column for a name (First Name, Last Name or Name); is it a CSV of contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell opens there and never closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not end (no END:VCARD before the next card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not end (the file stops inside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no vCard (no BEGIN:VCARD line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell longer than 100 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport&apos;s own fields (X-RAPPORT-FIELDS) were not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 256 MB; split it and import the parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read from its start again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPlace</name>
    <message>
        <source>Pinned by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Learnt from %n visit(s) recorded there</source>
        <translation>
            <numerusform>Learnt from %n visit recorded there</numerusform>
            <numerusform>Learnt from %n visits recorded there</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 of you</source>
        <extracomment>&quot;800 m north-east of you&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a place Rapport can read: paste a map&apos;s link, or type the latitude and longitude, like 53.866, 10.684.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring contacts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a vCard or CSV file (or a Rapport export). Tap one to see what it holds first; nothing changes until you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a vCard (.vcf) or CSV file of contacts to Downloads or Documents, or type where it is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the .vcf or .csv file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large file takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take everything out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records are yours. Files go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notebook is encrypted on this device. No keychain service runs here, so its key is kept in a file only your user account can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notebook is encrypted on this device; its key is kept in the system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notebook is not encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you take out is not encrypted: keep those files somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the room back to the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a phone&apos;s or computer&apos;s address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups and birthdays (calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups on their day; birthdays every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a spreadsheet: a file for each kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back into Rapport, photos included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>date format (QDate): today&apos;s date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Decision maker</source>
        <comment>a buying role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <comment>a buying role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <comment>a buying role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order processor</source>
        <comment>a buying role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <comment>a buying role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QDate): short weekday, day, short month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format (QDate): weekday, day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is full. Free some space, then try again: nothing you saved before is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook is busy syncing. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notebook could not be written (%1). Nothing you saved before is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision maker</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>influencer</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order processor</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gatekeeper</source>
        <comment>in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a date: what was done then</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>metres</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <comment>kilometres</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>north-east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>south-east</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>south</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>south-west</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>west</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>north-west</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>The notebook is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no field of a %2.</source>
        <comment>a bug: a page asked for a field a record lacks</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateListModel</name>
    <message>
        <source>%1 and %2</source>
        <comment>two people&apos;s names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare them, and merge or keep both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateReview</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best way to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two can no longer be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two is no longer in your notebook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When two records look like one person (the same e-mail or phone, or the same name at one company), they show up here to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records say the same. Merge them into one, visits and all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they differ, tap the value to keep. Lists are combined. Visits, follow-ups and feedback of both stay with the one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (both kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <source>Feedback belongs to a customer: open it from their page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a score, or write what they said.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well did we meet their expectations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1: far below · 3: as expected · 5: far above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries are on time now, but the invoices confuse them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they might need next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second oven before Christmas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2. This picture cannot be shown on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <source>Photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpListModel</name>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups you tick off land here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps you note when recording a visit become follow-ups here, on their due day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “%1” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgetPage</name>
    <message>
        <source>Forget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about them goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this device now, and at the next sync on your other devices and the server. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits that stay, without them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that names them (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport never rewrites what you wrote: edit or delete these yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unfinished note that names them is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>%1 is right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GreetingWords</name>
    <message>
        <source>Happy anniversary!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy anniversary! Congratulations to you both, and all the best for the years ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy birthday!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy birthday! I hope you have a wonderful day, and all the best for the year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy anniversary, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy anniversary, %1! Congratulations to you both, and all the best for the years ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy birthday, %1!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy birthday, %1! I hope you have a wonderful day, and all the best for the year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message numerus="yes">
        <source>%n lead(s) saved. Next one:</source>
        <translation>
            <numerusform>%n lead saved. Next one:</numerusform>
            <numerusform>%n leads saved. Next one:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found on the picture. Hold the badge flat and close, or type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge&apos;s code holds no name (it reads “%1”). Type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead needs a name (a badge scan fills it in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo could not be opened. Take it again, or type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is too small to read. Take it closer, or type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards cannot be read on this device: the text recognizer&apos;s languages are not installed. Type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business card or badge code was found on this photo. Hold the card flat and close, or type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in your notebook already: a contact with the same e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in your notebook already: a contact with the same phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in your notebook already, as a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in your notebook already, as a contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never followed up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>Leads at the stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ovens, energy costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bakery Expo 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge or card picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the photo of the badge or card is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph badge or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of purchasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the card: please check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message numerus="yes">
        <source>%n old lead(s) to keep or forget</source>
        <translation>
            <numerusform>%n old lead to keep or forget</numerusform>
            <numerusform>%n old leads to keep or forget</numerusform>
        </translation>
    </message>
    <message>
        <source>Trade-show leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year or more since the show, never followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads you have not followed up or made a customer show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a trade show, capture each person in a few seconds: type the name, or read their badge&apos;s QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Rapport is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passcode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap something on the left to open it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an account to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap a follow-up to see its customer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you find opens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync, conflicts to review and settings open here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs you · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date at %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every edit made on two devices was merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every person is in your notebook once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-show leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture at the stand; see who was never followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to see the customers of each segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts; export to your address book, calendar or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NearMePage</name>
    <message>
        <source>Near me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose not to let Rapport note where you are. Turn on “Note where I am” in Settings to see the customers near you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding where you are…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers near you show as soon as the device knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer&apos;s place is known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s place is learnt from the visits you record there, or pinned on its page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NearbyAccountsModel</name>
    <message>
        <source>%1 %2</source>
        <comment>distance and direction</comment>
        <extracomment>How far and which way a customer is: &quot;800 m east&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotebookExport</name>
    <message numerus="yes">
        <source>%n photo(s) or file(s) take(s) %1 on this device.</source>
        <translation>
            <numerusform>%n photo or file takes %1 on this device.</numerusform>
            <numerusform>%n photos and files take %1 on this device.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photos or files yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records and photos left %1 unused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room could not be given back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 given back to the device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotebookImport</name>
    <message numerus="yes">
        <source>%n record(s) would come in from %1.</source>
        <translation>
            <numerusform>%n record would come in from %1.</numerusform>
            <numerusform>%n records would come in from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came in from %1.</source>
        <translation>
            <numerusform>%n record came in from %1.</numerusform>
            <numerusform>%n records came in from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would come in from %1.</source>
        <translation>
            <numerusform>%n person would come in from %1.</numerusform>
            <numerusform>%n people would come in from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) came in from %1.</source>
        <translation>
            <numerusform>%n person came in from %1.</numerusform>
            <numerusform>%n people came in from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would come in from %1, with %2.</source>
        <comment>%2: a number of new companies</comment>
        <translation>
            <numerusform>%n person would come in from %1, with %2.</numerusform>
            <numerusform>%n people would come in from %1, with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) came in from %1, with %2.</source>
        <comment>%2: a number of new companies</comment>
        <translation>
            <numerusform>%n person came in from %1, with %2.</numerusform>
            <numerusform>%n people came in from %1, with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(s)</source>
        <translation>
            <numerusform>%n new company</numerusform>
            <numerusform>%n new companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your notebook, left as they are.</source>
        <translation>
            <numerusform>%n already in your notebook, left as it is.</numerusform>
            <numerusform>%n already in your notebook, left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) like people you have: compare them under Duplicates.</source>
        <translation>
            <numerusform>%n looks like someone you have: compare them under Duplicates.</numerusform>
            <numerusform>%n look like people you have: compare them under Duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (below).</source>
        <translation>
            <numerusform>%n skipped (below).</numerusform>
            <numerusform>%n skipped (below).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not UTF-8; it was read as %1: check the accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <comment>where in the file, and why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotebookPreparation</name>
    <message>
        <source>%1 of %2 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasscodePad</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kept when two devices disagreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not forget them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to a reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRecordExport</name>
    <message>
        <source>this person</source>
        <comment>in a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Rapport keeps about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceConsentCard</name>
    <message>
        <source>Note where you are with each visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport then knows which customer you are at, who is near you and the shortest way through your day. Where you were stays in your own notebook, is never shown to anyone else, and can be turned off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, note it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparingWindow</name>
    <message>
        <source>Rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting your notebook ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Rapport arranges your lists and search anew, once. Nothing in your notebook changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <source>Save the record first, then add its photos and files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written where other apps can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2, more than a record can hold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>Open</source>
        <comment>a reminder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a reminder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <comment>remind me again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <comment>remind me again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) for today</source>
        <translation>
            <numerusform>%n reminder for today</numerusform>
            <numerusform>%n reminders for today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>Today&apos;s route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits planned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits you plan for today are put in the order that keeps the drive short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
    <message>
        <source>From where you are, as the crow flies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first stop, as the crow flies: where you are is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these are is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin each on its page, or record a visit there, to have it in the route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 further</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Try again in %n second.</numerusform>
            <numerusform>Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passcodes differ. Type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passcode is 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, a town, “baseball”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search looks at names, companies, towns, notes and interests. Try fewer letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Account</source>
        <comment>a kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <comment>a kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>a kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>a kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <comment>a kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>a kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: everything stays on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passcode: whoever holds this device can open Rapport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when Rapport starts and each time you come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when Rapport starts and after %1 away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It guards the screen. The notebook&apos;s key is kept by the system, not by the passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passcode, 4 to 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passcode again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a tablet on your stand: visitors see only the lead form, a fresh one after each lead. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving takes a long press and your passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving takes a long press and a confirmation; with a passcode, the passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start stand mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), kept on this device in %1</source>
        <translation>
            <numerusform>%Ln record, kept on this device in %1</numerusform>
            <numerusform>%Ln records, kept on this device in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each morning: visits planned, follow-ups due, birthdays of the day, customers gone quiet. Where the desktop shows notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All in one notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the window closed, Rapport can go on syncing and reminding in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running when closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each visit is recorded, to know which customer you are at, who is near you and the shortest way through your day. It stays in your own notebook and is never shown to anyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note where I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit is on site when recorded within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <comment>metres</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleLeadReview</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format (QDate): day, short month, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleLeadsPage</name>
    <message>
        <source>Old leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No old leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year on, never followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads you never followed up are offered here a year after the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These people never became customers. Forget them everywhere, or keep them for another year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget all %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandPage</name>
    <message>
        <source>Leave stand mode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever holds the tablet then sees your whole notebook: people, search and every lead. A passcode (in Settings) would be asked here instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode to leave stand mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave stand mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the lead form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectWords</name>
    <message>
        <source>What is kept about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this notebook holds about you, as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits you took part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greetings sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes recorded when two devices disagreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1 on device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best way to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sign in again: the password is no longer on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your name and password for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date and time format (QDateTime)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record is kept on this device. %1 Sign in below to keep it on your server too, and on your other devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: syncs when the server can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 at %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service runs on this device, so your password is kept in a file that only your user account can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept here, not on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message numerus="yes">
        <source>%n change(s) wait(s) to go.</source>
        <translation>
            <numerusform>%n change waits to go.</numerusform>
            <numerusform>%n changes wait to go.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go</source>
        <translation>
            <numerusform>%n change waiting to go</numerusform>
            <numerusform>%n changes waiting to go</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing waiting to go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <source>Unknown action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a birthday or an anniversary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phone number for them in your notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no e-mail address for them in your notebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app could open the message; use Copy and paste it where you write to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Visits today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays and anniversaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing promised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a follow-up, ticked off</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anniversary %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · congratulated</source>
        <comment>%1: birthday or anniversary today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <comment>send a text message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · say congratulations</source>
        <comment>%1: birthday or anniversary today</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited %1 · send them something useful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit %1 · ask them why it has been quiet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the visit note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue your visit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Everything you typed is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clear day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits you plan, follow-ups that fall due and birthdays this week will show up here. Start by recording a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notebook could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you record is saved on this device first, even without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s route</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n stop</numerusform>
            <numerusform>%n stops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Record a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked up where you left off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was not saved yet. Everything you typed is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did you visit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” as a new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the visit&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oven trial, price talk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you talk about? What did you learn about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants a quote by Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the brochure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due 2026-12-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the day it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo or file to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here: the visit is noted as made on site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRecorder</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone from this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is gone from this device or cannot be read: remove it from the visit to save the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit could not be saved; your draft is kept. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Whereabouts</name>
    <message>
        <source>This device cannot tell where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport may not read where you are: allow it in the system&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location service was turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
