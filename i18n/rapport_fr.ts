<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountEditPage</name>
    <message>
        <source>New account</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>retail, hospitality…</source>
        <translation>commerce, hôtellerie…</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Visit at least every … days</source>
        <translation>Visite au moins tous les … jours</translation>
    </message>
    <message>
        <source>Size now</source>
        <translation>Chiffre actuel</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potentiel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message numerus="yes">
        <source>visit every %n day(s)</source>
        <translation>
            <numerusform>visite chaque jour</numerusform>
            <numerusform>visite tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Size now %1 · potential %2</source>
        <translation>Chiffre actuel %1 · potentiel %2</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Un client a besoin d’un nom.</translation>
    </message>
</context>
<context>
    <name>AccountFeedbackModel</name>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>expectations met %1 of 5</source>
        <translation>attentes satisfaites %1 sur 5</translation>
    </message>
    <message>
        <source>next: %1</source>
        <comment>what they might need next</comment>
        <translation>ensuite : %1</translation>
    </message>
</context>
<context>
    <name>AccountInsights</name>
    <message>
        <source>No need right now</source>
        <translation>Pas de besoin pour l’instant</translation>
    </message>
    <message>
        <source>Buying elsewhere</source>
        <translation>Achète ailleurs</translation>
    </message>
    <message>
        <source>Unhappy with us</source>
        <translation>Mécontent de nous</translation>
    </message>
    <message>
        <source>Our contact left</source>
        <translation>Notre interlocuteur est parti</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Saisonnier</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>a buying role after a name</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>never visited</source>
        <translation>jamais visité</translation>
    </message>
    <message>
        <source>last seen %1</source>
        <translation>vu le %1</translation>
    </message>
    <message>
        <source>You know nobody here yet. Who decides what this customer buys?</source>
        <translation>Vous ne connaissez encore personne ici. Qui décide des achats de ce client ?</translation>
    </message>
    <message>
        <source>Nobody you know here decides. Ask %1 who does.</source>
        <translation>Personne que vous connaissez ici ne décide. Demandez à %1 qui décide.</translation>
    </message>
    <message>
        <source>Reach %1 next: they decide, and were %2.</source>
        <comment>%2: never visited, or last seen (a date)</comment>
        <translation>Contactez %1 ensuite : décide, et a été %2.</translation>
    </message>
    <message>
        <source>Reach %1 next: they influence what is bought, %2.</source>
        <comment>%2: never visited, or last seen (a date)</comment>
        <translation>Contactez %1 ensuite : influence les achats, %2.</translation>
    </message>
    <message>
        <source>Nobody you know here decides. Ask %1%2 who does.</source>
        <comment>%2: their buying role in brackets</comment>
        <translation>Personne que vous connaissez ici ne décide. Demandez à %1%2 qui décide.</translation>
    </message>
    <message>
        <source>Improving: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation>En hausse : %1 sur 5</translation>
    </message>
    <message>
        <source>Falling: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation>En baisse : %1 sur 5</translation>
    </message>
    <message>
        <source>Steady: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation>Stable : %1 sur 5</translation>
    </message>
    <message>
        <source>So far: %1 out of 5</source>
        <comment>a list of scores</comment>
        <translation>Jusqu’ici : %1 sur 5</translation>
    </message>
    <message>
        <source>Why it went quiet (%1): %2</source>
        <translation>Pourquoi c’est calme (%1) : %2</translation>
    </message>
    <message>
        <source>Why it went quiet (%1): %2 · %3</source>
        <translation>Pourquoi c’est calme (%1) : %2 · %3</translation>
    </message>
    <message>
        <source>Quiet since %1: %2 days, past the %3 you aim for. Why?</source>
        <translation>Calme depuis le %1 : %2 jours, au-delà des %3 visés. Pourquoi ?</translation>
    </message>
    <message>
        <source>Pick the reason that comes closest.</source>
        <translation>Choisissez la raison la plus proche.</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>could buy %1× what it does</source>
        <translation>pourrait acheter %1× plus</translation>
    </message>
    <message>
        <source>No visit yet</source>
        <translation>Aucune visite</translation>
    </message>
    <message>
        <source>Last visit %1</source>
        <translation>Dernière visite %1</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>Avant la visite</translation>
    </message>
    <message>
        <source>In their words (optional)</source>
        <translation>Avec leurs mots (facultatif)</translation>
    </message>
    <message>
        <source>Keep the answer</source>
        <translation>Garder la réponse</translation>
    </message>
    <message>
        <source>Continue the visit note</source>
        <translation>Reprendre la note de visite</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Leur avis</translation>
    </message>
    <message>
        <source>Record what they said</source>
        <translation>Noter leur avis</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Prévue le %1</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Où ils se trouvent</translation>
    </message>
    <message>
        <source>Not known yet: it is learnt from the visits you record there, or pin it.</source>
        <translation>Pas encore connu : Rapport l’apprend des visites que vous y notez, ou épinglez-le.</translation>
    </message>
    <message>
        <source>Open in maps</source>
        <translation>Ouvrir dans les cartes</translation>
    </message>
    <message>
        <source>Pin it here</source>
        <translation>Épingler ici</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pin a place</source>
        <translation>Épingler un lieu</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>A map&apos;s link, or 53.866, 10.684</source>
        <translation>Le lien d’une carte, ou 53.866, 10.684</translation>
    </message>
    <message>
        <source>Where the customer is</source>
        <translation>Où se trouve le client</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
</context>
<context>
    <name>AccountVisitsModel</name>
    <message>
        <source>Visit</source>
        <comment>a visit without a subject</comment>
        <translation>Visite</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Find an account by name</source>
        <translation>Chercher un client par son nom</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Chercher un client</translation>
    </message>
    <message>
        <source>Room to grow ↓</source>
        <translation>Potentiel ↓</translation>
    </message>
    <message>
        <source>Last contact ↓</source>
        <translation>Dernier contact ↓</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Nom A–Z</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun client pour l’instant</translation>
    </message>
    <message>
        <source>No account matches</source>
        <translation>Aucun client ne correspond</translation>
    </message>
    <message>
        <source>Add the customers you visit with “New”, or record a visit and add the customer there.</source>
        <translation>Ajoutez les clients que vous visitez avec « Nouveau », ou notez une visite et ajoutez-y le client.</translation>
    </message>
    <message>
        <source>Try part of the name, or another segment.</source>
        <translation>Essayez une partie du nom, ou un autre secteur.</translation>
    </message>
    <message>
        <source>Near me</source>
        <translation>Près de moi</translation>
    </message>
</context>
<context>
    <name>AttachmentImages</name>
    <message>
        <source>no notebook named in the picture&apos;s address</source>
        <translation>aucun carnet n’est nommé dans l’adresse de l’image</translation>
    </message>
</context>
<context>
    <name>BackgroundAgent</name>
    <message>
        <source>Rapport syncs in the background</source>
        <translation>Rapport synchronise en arrière-plan</translation>
    </message>
    <message>
        <source>Open Rapport</source>
        <translation>Ouvrir Rapport</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>the background agent</comment>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Rapport already syncs this notebook (process %1).</source>
        <translation>Rapport synchronise déjà ce carnet (processus %1).</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Last time, %1</source>
        <comment>%1: date: what was done</comment>
        <translation>La dernière fois, %1</translation>
    </message>
    <message>
        <source>You promised: %1</source>
        <translation>Vous avez promis : %1</translation>
    </message>
    <message>
        <source>You promised: %1 (was due %2)</source>
        <translation>Vous avez promis : %1 (prévu le %2)</translation>
    </message>
    <message>
        <source>You promised: %1 (due %2)</source>
        <translation>Vous avez promis : %1 (pour le %2)</translation>
    </message>
    <message>
        <source>Ask about %1</source>
        <translation>Demandez des nouvelles : %1</translation>
    </message>
    <message>
        <source>%1, %2 of 5</source>
        <comment>a date, a score out of 5</comment>
        <translation>%1, %2 sur 5</translation>
    </message>
    <message>
        <source>They said (%1)</source>
        <translation>Leur avis (%1)</translation>
    </message>
    <message>
        <source>They said (%1): %2</source>
        <translation>Leur avis (%1) : %2</translation>
    </message>
    <message>
        <source>Their company said (%1)</source>
        <translation>Avis de leur entreprise (%1)</translation>
    </message>
    <message>
        <source>Their company said (%1): %2</source>
        <translation>Avis de leur entreprise (%1) : %2</translation>
    </message>
    <message>
        <source>%1: birthday %2</source>
        <comment>a person, a weekday, day and month</comment>
        <translation>%1 : anniversaire %2</translation>
    </message>
    <message>
        <source>%1: anniversary %2</source>
        <comment>a person, a weekday, day and month</comment>
        <translation>%1 : anniversaire de mariage %2</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation>Anniversaire %1</translation>
    </message>
    <message>
        <source>Anniversary %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation>Anniversaire de mariage %1</translation>
    </message>
</context>
<context>
    <name>CadencePage</name>
    <message>
        <source>Visit cadence</source>
        <translation>Rythme des visites</translation>
    </message>
    <message>
        <source>Days between visits for each segment. A customer&apos;s own cadence, set on their page, comes first.</source>
        <translation>Jours entre deux visites pour chaque secteur. Le rythme propre à un client, réglé sur sa page, passe en premier.</translation>
    </message>
    <message>
        <source>Give your accounts a segment (retail, hospitality, …) and set how often to visit each here.</source>
        <translation>Donnez un secteur à vos clients (commerce, hôtellerie, …) et réglez ici la fréquence des visites pour chacun.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>no cadence</source>
        <translation>aucun rythme</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
</context>
<context>
    <name>CadenceSettings</name>
    <message>
        <source>“%1” is not a number of days: type one from 1 to 730, or nothing for no cadence.</source>
        <translation>« %1 » n’est pas un nombre de jours : tapez-en un de 1 à 730, ou rien pour aucun rythme.</translation>
    </message>
</context>
<context>
    <name>CalendarChoice</name>
    <message>
        <source>no year</source>
        <translation>sans année</translation>
    </message>
</context>
<context>
    <name>CameraSheet</name>
    <message>
        <source>No camera was found on this device.</source>
        <translation>Aucun appareil photo n’a été trouvé sur cet appareil.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take again</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Use photo</source>
        <translation>Utiliser la photo</translation>
    </message>
</context>
<context>
    <name>CameraViewfinder</name>
    <message>
        <source>There is no room on this device to keep a photo.</source>
        <translation>Il n’y a plus de place sur cet appareil pour garder une photo.</translation>
    </message>
    <message>
        <source>The camera could not start: %1</source>
        <translation>L’appareil photo n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The photo could not be taken: %1</source>
        <translation>La photo n’a pas pu être prise : %1</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>(empty)</source>
        <comment>a value nobody filled in</comment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date and time format (QDateTime)</comment>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <source>another device</source>
        <translation>un autre appareil</translation>
    </message>
    <message>
        <source>%1 was deleted on one device and changed on another</source>
        <translation>%1 a été supprimé sur un appareil et modifié sur un autre</translation>
    </message>
    <message>
        <source>kept, with the changes</source>
        <translation>gardé, avec les modifications</translation>
    </message>
    <message>
        <source>the file as it is now</source>
        <translation>le fichier tel qu’il est</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>the file the other change attached</source>
        <translation>le fichier joint par l’autre modification</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Review conflicts</source>
        <translation>Examiner les conflits</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Rien à examiner</translation>
    </message>
    <message>
        <source>When your phone and your tablet change the same thing differently, the later change is kept and the other waits here for you.</source>
        <translation>Quand votre téléphone et votre tablette modifient la même chose différemment, la modification la plus récente est gardée et l’autre vous attend ici.</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Gardé : %1</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Écarté : %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Restore the other</source>
        <translation>Rétablir l’autre</translation>
    </message>
</context>
<context>
    <name>ContactEditPage</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role in buying</source>
        <translation>Rôle dans l’achat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Prefers to be reached by</source>
        <translation>Préfère être joint par</translation>
    </message>
    <message>
        <source>phone, e-mail, a visit</source>
        <translation>téléphone, e-mail, visite</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Meilleur moment</translation>
    </message>
    <message>
        <source>mornings</source>
        <translation>le matin</translation>
    </message>
    <message>
        <source>Language they prefer</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>German, English…</source>
        <translation>allemand, anglais…</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>1984-02-29 or 02-29</source>
        <translation>1984-02-29 ou 02-29</translation>
    </message>
    <message>
        <source>Pick the birthday</source>
        <translation>Choisir l’anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>2010-06-12 or 06-12</source>
        <translation>2010-06-12 ou 06-12</translation>
    </message>
    <message>
        <source>Pick the anniversary</source>
        <translation>Choisir l’anniversaire de mariage</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>son</source>
        <translation>fils</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Ce qui leur tient à cœur</translation>
    </message>
    <message>
        <source>baseball cards, chess</source>
        <translation>cartes de baseball, échecs</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation>Ajouter un membre de la famille</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <source>sailing, jazz</source>
        <translation>voile, jazz</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Aime</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>N’aime pas</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Not known yet</source>
        <comment>a buying role</comment>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>A family member needs a name.</source>
        <translation>Un membre de la famille a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation>Une personne a besoin d’un prénom ou d’un nom.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Before you go</source>
        <translation>Avant la visite</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rôle dans l’achat</translation>
    </message>
    <message>
        <source>Prefers</source>
        <translation>Préfère</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Cares about %1</source>
        <translation>Tient à : %1</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Aime</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>N’aime pas</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Their privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>What I keep about them</source>
        <translation>Ce que je garde sur cette personne</translation>
    </message>
    <message>
        <source>Saved, ready to send them: %1</source>
        <translation>Enregistré, prêt à lui envoyer : %1</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Oublier cette personne</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 1984-02-29, or 02-29 without the year.</source>
        <translation>« %1 » n’est pas une date. Tapez-la sous la forme 1984-02-29, ou 02-29 sans l’année.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as 2026-11-25.</source>
        <translation>« %1 » n’est pas une date. Tapez-la sous la forme 2026-11-25.</translation>
    </message>
    <message>
        <source>A new customer needs a name.</source>
        <translation>Un nouveau client a besoin d’un nom.</translation>
    </message>
    <message>
        <source>A person needs a first or a last name.</source>
        <translation>Une personne a besoin d’un prénom ou d’un nom.</translation>
    </message>
    <message>
        <source>Pick the customer you visited (or add a new one).</source>
        <translation>Choisissez le client visité (ou ajoutez-en un nouveau).</translation>
    </message>
    <message>
        <source>Say what the next step is.</source>
        <translation>Dites quelle est la prochaine étape.</translation>
    </message>
    <message>
        <source>%1 was dealt with already</source>
        <translation>%1 a déjà été traité</translation>
    </message>
    <message>
        <source>these two were already merged or told apart</source>
        <translation>ces deux fiches ont déjà été fusionnées ou séparées</translation>
    </message>
    <message>
        <source>the file breaks off or is not valid JSON; nothing was imported</source>
        <translation>le fichier est tronqué ou n’est pas du JSON valide ; rien n’a été importé</translation>
    </message>
    <message>
        <source>the file is not a Rapport export (JSON with a &quot;docs&quot; list)</source>
        <translation>le fichier n’est pas un export Rapport (JSON avec une liste « docs »)</translation>
    </message>
    <message>
        <source>a server address starts with https:// (or http://) and names a host</source>
        <translation>une adresse de serveur commence par https:// (ou http://) et nomme un hôte</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes wait on this device.</source>
        <translation>Le serveur est injoignable. Vos modifications attendent sur cet appareil.</translation>
    </message>
    <message>
        <source>The server did not accept your name and password. Sign in again.</source>
        <translation>Le serveur n’a pas accepté votre nom et votre mot de passe. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The server had a problem. Rapport tries again shortly.</source>
        <translation>Le serveur a rencontré un problème. Rapport réessaie sous peu.</translation>
    </message>
    <message>
        <source>The server answered in a way Rapport does not understand. Is this the address of a CouchDB server?</source>
        <translation>Le serveur a répondu d’une façon que Rapport ne comprend pas. Est-ce bien l’adresse d’un serveur CouchDB ?</translation>
    </message>
    <message>
        <source>Your database is not on this server. Ask whoever runs it to set up your account.</source>
        <translation>Votre base de données n’est pas sur ce serveur. Demandez à son administrateur de créer votre compte.</translation>
    </message>
    <message>
        <source>This device is full. Free some space; nothing is lost.</source>
        <translation>Cet appareil est plein. Libérez de l’espace ; rien n’est perdu.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Synchronisation arrêtée : %1</translation>
    </message>
    <message>
        <source>card %1 (line %2)</source>
        <translation>fiche %1 (ligne %2)</translation>
    </message>
    <message>
        <source>card %1 (%2)</source>
        <translation>fiche %1 (%2)</translation>
    </message>
    <message>
        <source>row %1 to the end</source>
        <translation>ligne %1 jusqu’à la fin</translation>
    </message>
    <message>
        <source>row %1 (%2)</source>
        <translation>ligne %1 (%2)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>record %1 (%2)</source>
        <translation>enregistrement %1 (%2)</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>the badge</source>
        <translation>le badge</translation>
    </message>
    <message>
        <source>it has no _id</source>
        <translation>sans _id</translation>
    </message>
    <message>
        <source>it is not a record of yours</source>
        <translation>ce n’est pas une de vos fiches</translation>
    </message>
    <message>
        <source>it is nested deeper than a record may be</source>
        <translation>imbriqué plus profondément qu’une fiche ne le permet</translation>
    </message>
    <message>
        <source>it is not a record</source>
        <translation>ce n’est pas une fiche</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>it names a company (%1) but no person</source>
        <translation>nomme une entreprise (%1) mais aucune personne</translation>
    </message>
    <message>
        <source>its first row names no column for a name (First Name, Last Name or Name); is it a CSV of contacts?</source>
        <translation>sa première ligne ne nomme aucune colonne de nom (First Name, Last Name ou Name) ; est-ce un CSV de contacts ?</translation>
    </message>
    <message>
        <source>a quoted cell opens there and never closes</source>
        <translation>une cellule entre guillemets s’ouvre là et ne se ferme jamais</translation>
    </message>
    <message>
        <source>it does not end (no END:VCARD before the next card)</source>
        <translation>ne se termine pas (pas de END:VCARD avant la fiche suivante)</translation>
    </message>
    <message>
        <source>it is larger than 1 MB</source>
        <translation>plus de 1 Mo</translation>
    </message>
    <message>
        <source>it does not end (the file stops inside it)</source>
        <translation>ne se termine pas (le fichier s’arrête au milieu)</translation>
    </message>
    <message>
        <source>it holds no vCard (no BEGIN:VCARD line)</source>
        <translation>ne contient aucune vCard (pas de ligne BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>it could not be stored: %1</source>
        <translation>n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>%1; left out</source>
        <translation>%1 ; laissé de côté</translation>
    </message>
    <message>
        <source>%1 “%2” is not a date</source>
        <translation>%1 « %2 » n’est pas une date</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>a cell longer than 100 KB</source>
        <translation>une cellule de plus de 100 Ko</translation>
    </message>
    <message>
        <source>Rapport&apos;s own fields (X-RAPPORT-FIELDS) were not readable</source>
        <translation>les champs propres à Rapport (X-RAPPORT-FIELDS) étaient illisibles</translation>
    </message>
    <message>
        <source>the file is larger than 256 MB; split it and import the parts</source>
        <translation>le fichier dépasse 256 Mo ; découpez-le et importez les parties</translation>
    </message>
    <message>
        <source>the file could not be read to its end</source>
        <translation>le fichier n’a pas pu être lu jusqu’au bout</translation>
    </message>
    <message>
        <source>the file cannot be read from its start again</source>
        <translation>le fichier ne peut pas être relu depuis le début</translation>
    </message>
</context>
<context>
    <name>CustomerPlace</name>
    <message>
        <source>Pinned by you</source>
        <translation>Épinglé par vous</translation>
    </message>
    <message numerus="yes">
        <source>Learnt from %n visit(s) recorded there</source>
        <translation>
            <numerusform>Appris de %n visite notée sur place</numerusform>
            <numerusform>Appris de %n visites notées sur place</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 of you</source>
        <extracomment>&quot;800 m north-east of you&quot;</extracomment>
        <translation>à %1 %2 de vous</translation>
    </message>
    <message>
        <source>Where you are is not known yet.</source>
        <translation>On ne sait pas encore où vous êtes.</translation>
    </message>
    <message>
        <source>“%1” is not a place Rapport can read: paste a map&apos;s link, or type the latitude and longitude, like 53.866, 10.684.</source>
        <translation>« %1 » n’est pas un lieu que Rapport sait lire : collez le lien d’une carte, ou tapez la latitude et la longitude, par exemple 53.866, 10.684.</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Bring contacts in</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>From a vCard or CSV file (or a Rapport export). Tap one to see what it holds first; nothing changes until you import.</source>
        <translation>Depuis un fichier vCard ou CSV (ou un export Rapport). Touchez-en un pour voir d’abord ce qu’il contient ; rien ne change avant l’import.</translation>
    </message>
    <message>
        <source>Save a vCard (.vcf) or CSV file of contacts to Downloads or Documents, or type where it is below.</source>
        <translation>Placez un fichier vCard (.vcf) ou CSV de contacts dans Téléchargements ou Documents, ou indiquez ci-dessous où il se trouve.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where the .vcf or .csv file is</source>
        <translation>Emplacement du fichier .vcf ou .csv</translation>
    </message>
    <message>
        <source>Look inside</source>
        <translation>Voir le contenu</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 was not imported</source>
        <translation>%1 n’a pas été importé</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>What %1 holds</source>
        <translation>Contenu de %1</translation>
    </message>
    <message>
        <source>A large file takes a few seconds.</source>
        <translation>Un gros fichier prend quelques secondes.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take everything out</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <source>Your records are yours. Files go to %1.</source>
        <translation>Vos données vous appartiennent. Les fichiers vont dans %1.</translation>
    </message>
    <message>
        <source>Your notebook is encrypted on this device. No keychain service runs here, so its key is kept in a file only your user account can read.</source>
        <translation>Votre carnet est chiffré sur cet appareil. Aucun trousseau ne fonctionne ici : sa clé est gardée dans un fichier que seul votre compte utilisateur peut lire.</translation>
    </message>
    <message>
        <source>Your notebook is encrypted on this device; its key is kept in the system&apos;s keychain.</source>
        <translation>Votre carnet est chiffré sur cet appareil ; sa clé est gardée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Your notebook is not encrypted on this device.</source>
        <translation>Votre carnet n’est pas chiffré sur cet appareil.</translation>
    </message>
    <message>
        <source>What you take out is not encrypted: keep those files somewhere safe.</source>
        <translation>Ce que vous exportez n’est pas chiffré : gardez ces fichiers en lieu sûr.</translation>
    </message>
    <message>
        <source>Give the room back to the device</source>
        <translation>Libérer de l’espace</translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation>Contacts (vCard)</translation>
    </message>
    <message>
        <source>For a phone&apos;s or computer&apos;s address book</source>
        <translation>Pour le carnet d’adresses d’un téléphone ou d’un ordinateur</translation>
    </message>
    <message>
        <source>Follow-ups and birthdays (calendar)</source>
        <translation>Relances et anniversaires (calendrier)</translation>
    </message>
    <message>
        <source>Follow-ups on their day; birthdays every year</source>
        <translation>Les relances à leur date ; les anniversaires chaque année</translation>
    </message>
    <message>
        <source>Everything (CSV)</source>
        <translation>Tout (CSV)</translation>
    </message>
    <message>
        <source>For a spreadsheet: a file for each kind of record</source>
        <translation>Pour un tableur : un fichier par type de fiche</translation>
    </message>
    <message>
        <source>Everything (JSON)</source>
        <translation>Tout (JSON)</translation>
    </message>
    <message>
        <source>Back into Rapport, photos included</source>
        <translation>Pour revenir dans Rapport, photos comprises</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>dddd, d MMMM yyyy</source>
        <comment>date format (QDate): today&apos;s date</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Decision maker</source>
        <comment>a buying role</comment>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Influencer</source>
        <comment>a buying role</comment>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>User</source>
        <comment>a buying role</comment>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Order processor</source>
        <comment>a buying role</comment>
        <translation>Acheteur</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <comment>a buying role</comment>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>decision maker</source>
        <comment>in a sentence</comment>
        <translation>décideur</translation>
    </message>
    <message>
        <source>influencer</source>
        <comment>in a sentence</comment>
        <translation>prescripteur</translation>
    </message>
    <message>
        <source>user</source>
        <comment>in a sentence</comment>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>order processor</source>
        <comment>in a sentence</comment>
        <translation>acheteur</translation>
    </message>
    <message>
        <source>gatekeeper</source>
        <comment>in a sentence</comment>
        <translation>filtre</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format (QDate): short weekday, day, short month</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format (QDate): weekday, day and month</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>This device is full. Free some space, then try again: nothing you saved before is lost.</source>
        <translation>Cet appareil est plein. Libérez de l’espace, puis réessayez : rien de ce que vous avez enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>The notebook is busy syncing. Try again in a moment.</source>
        <translation>Le carnet est en cours de synchronisation. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The notebook could not be written (%1). Nothing you saved before is lost.</source>
        <translation>Le carnet n’a pas pu être écrit (%1). Rien de ce que vous avez enregistré n’est perdu.</translation>
    </message>
    <message>
        <source>a visit</source>
        <translation>une visite</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a date: what was done then</comment>
        <translation>%1 : %2</translation>
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
        <translation>au nord</translation>
    </message>
    <message>
        <source>north-east</source>
        <translation>au nord-est</translation>
    </message>
    <message>
        <source>east</source>
        <translation>à l’est</translation>
    </message>
    <message>
        <source>south-east</source>
        <translation>au sud-est</translation>
    </message>
    <message>
        <source>south</source>
        <translation>au sud</translation>
    </message>
    <message>
        <source>south-west</source>
        <translation>au sud-ouest</translation>
    </message>
    <message>
        <source>west</source>
        <translation>à l’ouest</translation>
    </message>
    <message>
        <source>north-west</source>
        <translation>au nord-ouest</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <source>“%1” is no field of a %2.</source>
        <comment>a bug: a page asked for a field a record lacks</comment>
        <translation>« %1 » n’est pas un champ de %2.</translation>
    </message>
    <message>
        <source>The notebook is not open.</source>
        <translation>Le carnet n’est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>DuplicateListModel</name>
    <message>
        <source>%1 and %2</source>
        <comment>two people&apos;s names</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Compare them, and merge or keep both</source>
        <translation>Comparez, puis fusionnez ou gardez les deux</translation>
    </message>
</context>
<context>
    <name>DuplicateReview</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rôle dans l’achat</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Aime</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>N’aime pas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Best way to reach</source>
        <translation>Meilleur moyen de joindre</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Meilleur moment</translation>
    </message>
    <message>
        <source>These two can no longer be compared.</source>
        <translation>Ces deux fiches ne peuvent plus être comparées.</translation>
    </message>
    <message>
        <source>One of the two is no longer in your notebook.</source>
        <translation>L’une des deux n’est plus dans votre carnet.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Same person?</source>
        <translation>Même personne ?</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>No duplicates</source>
        <translation>Aucun doublon</translation>
    </message>
    <message>
        <source>When two records look like one person (the same e-mail or phone, or the same name at one company), they show up here to compare.</source>
        <translation>Quand deux fiches semblent désigner la même personne (même e-mail ou téléphone, ou même nom dans une entreprise), elles apparaissent ici pour être comparées.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Non fusionné</translation>
    </message>
    <message>
        <source>The two records say the same. Merge them into one, visits and all.</source>
        <translation>Les deux fiches disent la même chose. Fusionnez-les en une seule, visites comprises.</translation>
    </message>
    <message>
        <source>Where they differ, tap the value to keep. Lists are combined. Visits, follow-ups and feedback of both stay with the one record.</source>
        <translation>Là où elles diffèrent, touchez la valeur à garder. Les listes sont réunies. Les visites, relances et avis des deux restent avec la fiche unique.</translation>
    </message>
    <message>
        <source>%1 (both kept)</source>
        <translation>%1 (les deux gardés)</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Garder %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
</context>
<context>
    <name>FeedbackEditor</name>
    <message>
        <source>Feedback belongs to a customer: open it from their page.</source>
        <translation>Un avis appartient à un client : ouvrez-le depuis sa page.</translation>
    </message>
    <message>
        <source>Give a score, or write what they said.</source>
        <translation>Donnez une note, ou écrivez ce qui a été dit.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>What they said</source>
        <translation>Leur avis</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>How well did we meet their expectations?</source>
        <translation>Avons-nous répondu à leurs attentes ?</translation>
    </message>
    <message>
        <source>1: far below · 3: as expected · 5: far above</source>
        <translation>1 : bien en dessous · 3 : comme prévu · 5 : bien au-dessus</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Avec leurs mots</translation>
    </message>
    <message>
        <source>Deliveries are on time now, but the invoices confuse them</source>
        <translation>Les livraisons sont à l’heure maintenant, mais les factures les déroutent</translation>
    </message>
    <message>
        <source>What they might need next</source>
        <translation>Ce dont ils pourraient avoir besoin ensuite</translation>
    </message>
    <message>
        <source>A second oven before Christmas</source>
        <translation>Un deuxième four avant Noël</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>This file was removed.</source>
        <translation>Ce fichier a été retiré.</translation>
    </message>
    <message>
        <source>It comes with the next sync.</source>
        <translation>Il arrivera avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>%1, %2. This picture cannot be shown on this device.</source>
        <translation>%1, %2. Cette image ne peut pas être affichée sur cet appareil.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>FilesSection</name>
    <message>
        <source>Photos and files</source>
        <translation>Photos et fichiers</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Comes with the next sync</source>
        <translation>Arrive avec la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation>Ajouter une photo ou un fichier</translation>
    </message>
    <message>
        <source>Add a photo or file</source>
        <translation>Ajouter une photo ou un fichier</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FollowUpListModel</name>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Pour le %1</translation>
    </message>
    <message>
        <source>No due date · %1</source>
        <translation>Sans échéance · %1</translation>
    </message>
    <message>
        <source>Due %1 · %2</source>
        <translation>Pour le %1 · %2</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
    <message>
        <source>Nothing done yet</source>
        <translation>Rien de fait pour l’instant</translation>
    </message>
    <message>
        <source>Nothing to follow up</source>
        <translation>Rien à relancer</translation>
    </message>
    <message>
        <source>Follow-ups you tick off land here.</source>
        <translation>Les relances que vous cochez arrivent ici.</translation>
    </message>
    <message>
        <source>Next steps you note when recording a visit become follow-ups here, on their due day.</source>
        <translation>Les prochaines étapes notées avec une visite deviennent ici des relances, à leur date.</translation>
    </message>
    <message>
        <source>Open “%1” again</source>
        <translation>Rouvrir « %1 »</translation>
    </message>
    <message>
        <source>Mark “%1” done</source>
        <translation>Marquer « %1 » comme fait</translation>
    </message>
</context>
<context>
    <name>ForgetPage</name>
    <message>
        <source>Forget %1</source>
        <translation>Oublier %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Everything about them goes</source>
        <translation>Tout ce qui la concerne disparaît</translation>
    </message>
    <message>
        <source>On this device now, and at the next sync on your other devices and the server. It cannot be undone.</source>
        <translation>Sur cet appareil tout de suite, et à la prochaine synchronisation sur vos autres appareils et le serveur. C’est irréversible.</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Supprimé (%1)</translation>
    </message>
    <message>
        <source>Visits that stay, without them (%1)</source>
        <translation>Visites qui restent, sans elle (%1)</translation>
    </message>
    <message>
        <source>Text that names them (%1)</source>
        <translation>Textes qui la nomment (%1)</translation>
    </message>
    <message>
        <source>Rapport never rewrites what you wrote: edit or delete these yourself.</source>
        <translation>Rapport ne réécrit jamais ce que vous avez écrit : modifiez ou supprimez ces textes vous-même.</translation>
    </message>
    <message>
        <source>An unfinished note that names them is discarded.</source>
        <translation>Une note inachevée qui la nomme est abandonnée.</translation>
    </message>
    <message>
        <source>Forget %1 for good?</source>
        <translation>Oublier %1 définitivement ?</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>%1 is right</source>
        <translation>%1 est exact</translation>
    </message>
</context>
<context>
    <name>GreetingWords</name>
    <message>
        <source>Happy anniversary!</source>
        <translation>Joyeux anniversaire de mariage !</translation>
    </message>
    <message>
        <source>Happy anniversary! Congratulations to you both, and all the best for the years ahead.</source>
        <translation>Joyeux anniversaire de mariage ! Toutes nos félicitations à vous deux, et le meilleur pour les années à venir.</translation>
    </message>
    <message>
        <source>Happy birthday!</source>
        <translation>Joyeux anniversaire !</translation>
    </message>
    <message>
        <source>Happy birthday! I hope you have a wonderful day, and all the best for the year ahead.</source>
        <translation>Joyeux anniversaire ! Je vous souhaite une excellente journée, et le meilleur pour l’année à venir.</translation>
    </message>
    <message>
        <source>Happy anniversary, %1!</source>
        <translation>Joyeux anniversaire de mariage, %1 !</translation>
    </message>
    <message>
        <source>Happy anniversary, %1! Congratulations to you both, and all the best for the years ahead.</source>
        <translation>Joyeux anniversaire de mariage, %1 ! Toutes nos félicitations à vous deux, et le meilleur pour les années à venir.</translation>
    </message>
    <message>
        <source>Happy birthday, %1!</source>
        <translation>Joyeux anniversaire, %1 !</translation>
    </message>
    <message>
        <source>Happy birthday, %1! I hope you have a wonderful day, and all the best for the year ahead.</source>
        <translation>Joyeux anniversaire, %1 ! Je vous souhaite une excellente journée, et le meilleur pour l’année à venir.</translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message numerus="yes">
        <source>%n lead(s) saved. Next one:</source>
        <translation>
            <numerusform>%n contact enregistré. Au suivant :</numerusform>
            <numerusform>%n contacts enregistrés. Au suivant :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read as a picture: %2</source>
        <translation>%1 n’a pas pu être lu comme image : %2</translation>
    </message>
    <message>
        <source>No QR code was found on the picture. Hold the badge flat and close, or type the name.</source>
        <translation>Aucun code QR trouvé sur l’image. Tenez le badge à plat et de près, ou tapez le nom.</translation>
    </message>
    <message>
        <source>The badge&apos;s code holds no name (it reads “%1”). Type the name.</source>
        <translation>Le code du badge ne contient pas de nom (il indique « %1 »). Tapez le nom.</translation>
    </message>
    <message>
        <source>A lead needs a name (a badge scan fills it in).</source>
        <translation>Un contact a besoin d’un nom (la lecture du badge le remplit).</translation>
    </message>
    <message>
        <source>This photo could not be opened. Take it again, or type the name.</source>
        <translation>Cette photo ne s’ouvre pas. Reprenez-la ou tapez le nom.</translation>
    </message>
    <message>
        <source>This photo is too small to read. Take it closer, or type the name.</source>
        <translation>Cette photo est trop petite pour être lue. Rapprochez-vous ou tapez le nom.</translation>
    </message>
    <message>
        <source>Cards cannot be read on this device: the text recognizer&apos;s languages are not installed. Type the name.</source>
        <translation>Les cartes ne peuvent pas être lues sur cet appareil : les langues de la reconnaissance de texte ne sont pas installées. Tapez le nom.</translation>
    </message>
    <message>
        <source>No business card or badge code was found on this photo. Hold the card flat and close, or type the name.</source>
        <translation>Aucune carte de visite ni code de badge sur cette photo. Tenez la carte à plat et de près, ou tapez le nom.</translation>
    </message>
    <message>
        <source>%1 is in your notebook already: a contact with the same e-mail.</source>
        <translation>%1 est déjà dans votre carnet : un contact avec le même e-mail.</translation>
    </message>
    <message>
        <source>%1 is in your notebook already: a contact with the same phone number.</source>
        <translation>%1 est déjà dans votre carnet : un contact avec le même numéro.</translation>
    </message>
    <message>
        <source>%1 is in your notebook already, as a lead.</source>
        <translation>%1 est déjà dans votre carnet, comme contact de salon.</translation>
    </message>
    <message>
        <source>%1 is in your notebook already, as a contact.</source>
        <translation>%1 est déjà dans votre carnet, comme contact.</translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>cold</source>
        <translation>froid</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>tiède</translation>
    </message>
    <message>
        <source>hot</source>
        <translation>chaud</translation>
    </message>
    <message>
        <source>A customer now</source>
        <translation>Désormais client</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Relancé</translation>
    </message>
    <message>
        <source>Never followed up</source>
        <translation>Jamais relancé</translation>
    </message>
</context>
<context>
    <name>LeadPage</name>
    <message>
        <source>Leads at the stand</source>
        <translation>Contacts au stand</translation>
    </message>
    <message>
        <source>Capture leads</source>
        <translation>Saisir des contacts</translation>
    </message>
    <message>
        <source>Hold to leave</source>
        <translation>Maintenir pour quitter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Ce qui leur tient à cœur</translation>
    </message>
    <message>
        <source>ovens, energy costs</source>
        <translation>fours, coût de l’énergie</translation>
    </message>
    <message>
        <source>How warm</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiède</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Bakery Expo 2026</source>
        <translation>Salon de la boulangerie 2026</translation>
    </message>
    <message>
        <source>Save and next lead</source>
        <translation>Enregistrer et suivant</translation>
    </message>
    <message>
        <source>A customer now.</source>
        <translation>Désormais client.</translation>
    </message>
    <message>
        <source>Make a customer</source>
        <translation>En faire un client</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Prévoir une relance</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Déjà connu</translation>
    </message>
    <message>
        <source>Badge or card picture</source>
        <translation>Photo du badge ou de la carte</translation>
    </message>
    <message>
        <source>Where the photo of the badge or card is</source>
        <translation>Où se trouve la photo du badge ou de la carte</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Photograph badge or card</source>
        <translation>Photographier badge ou carte</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Lecture de la carte…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Head of purchasing</source>
        <translation>Responsable des achats</translation>
    </message>
    <message>
        <source>Read from the card</source>
        <translation>Lu sur la carte</translation>
    </message>
    <message>
        <source>Read from the card: please check</source>
        <translation>Lu sur la carte : à vérifier</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Trade-show leads</source>
        <translation>Contacts de salon</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Never followed up</source>
        <translation>Jamais relancé</translation>
    </message>
    <message numerus="yes">
        <source>%n old lead(s) to keep or forget</source>
        <translation>
            <numerusform>%n ancien contact à garder ou oublier</numerusform>
            <numerusform>%n anciens contacts à garder ou oublier</numerusform>
        </translation>
    </message>
    <message>
        <source>A year or more since the show, never followed up</source>
        <translation>Un an ou plus après le salon, jamais relancé</translation>
    </message>
    <message>
        <source>Every lead followed up</source>
        <translation>Tous les contacts relancés</translation>
    </message>
    <message>
        <source>No leads yet</source>
        <translation>Aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>Leads you have not followed up or made a customer show up here.</source>
        <translation>Les contacts que vous n’avez ni relancés ni transformés en clients apparaissent ici.</translation>
    </message>
    <message>
        <source>At a trade show, capture each person in a few seconds: type the name, or read their badge&apos;s QR code.</source>
        <translation>Sur un salon, saisissez chaque personne en quelques secondes : tapez le nom, ou lisez le code QR de son badge.</translation>
    </message>
    <message>
        <source>Capture leads</source>
        <translation>Saisir des contacts</translation>
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
        <translation>Rapport est verrouillé</translation>
    </message>
    <message>
        <source>Type your passcode</source>
        <translation>Saisissez votre code</translation>
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
        <translation>Touchez un élément à gauche pour l’ouvrir ici.</translation>
    </message>
    <message>
        <source>Pick an account to see it here.</source>
        <translation>Choisissez un client pour le voir ici.</translation>
    </message>
    <message>
        <source>Tap a follow-up to see its customer here.</source>
        <translation>Touchez une relance pour voir son client ici.</translation>
    </message>
    <message>
        <source>What you find opens here.</source>
        <translation>Ce que vous trouvez s’ouvre ici.</translation>
    </message>
    <message>
        <source>Sync, conflicts to review and settings open here.</source>
        <translation>La synchronisation, les conflits à examiner et les réglages s’ouvrent ici.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>MorePage</name>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Not signed in · %1</source>
        <translation>Non connecté · %1</translation>
    </message>
    <message>
        <source>Needs you · %1</source>
        <translation>Demande votre attention · %1</translation>
    </message>
    <message>
        <source>Up to date at %1 · %2</source>
        <translation>À jour à %1 · %2</translation>
    </message>
    <message>
        <source>Review conflicts</source>
        <translation>Examiner les conflits</translation>
    </message>
    <message>
        <source>None: every edit made on two devices was merged</source>
        <translation>Aucun : chaque modification faite sur deux appareils a été fusionnée</translation>
    </message>
    <message>
        <source>%1 to look at</source>
        <translation>%1 à examiner</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>None: every person is in your notebook once</source>
        <translation>Aucun : chaque personne figure une seule fois dans votre carnet</translation>
    </message>
    <message>
        <source>%1 to compare</source>
        <translation>%1 à comparer</translation>
    </message>
    <message>
        <source>Trade-show leads</source>
        <translation>Contacts de salon</translation>
    </message>
    <message>
        <source>Capture at the stand; see who was never followed up</source>
        <translation>Saisir au stand ; voir qui n’a jamais été relancé</translation>
    </message>
    <message>
        <source>Visit cadence</source>
        <translation>Rythme des visites</translation>
    </message>
    <message>
        <source>How often to see the customers of each segment</source>
        <translation>À quelle fréquence voir les clients de chaque secteur</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Import contacts; export to your address book, calendar or a spreadsheet</source>
        <translation>Importer des contacts ; exporter vers carnet d’adresses, calendrier ou tableur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Server, theme</source>
        <translation>Serveur, apparence</translation>
    </message>
</context>
<context>
    <name>NearMePage</name>
    <message>
        <source>Near me</source>
        <translation>Près de moi</translation>
    </message>
    <message>
        <source>Where you are is not read</source>
        <translation>Votre position n’est pas lue</translation>
    </message>
    <message>
        <source>You chose not to let Rapport note where you are. Turn on “Note where I am” in Settings to see the customers near you.</source>
        <translation>Vous n’avez pas permis à Rapport de noter où vous êtes. Activez « Noter où je suis » dans les réglages pour voir les clients près de vous.</translation>
    </message>
    <message>
        <source>Where you are is not known</source>
        <translation>Votre position n’est pas connue</translation>
    </message>
    <message>
        <source>Finding where you are…</source>
        <translation>Recherche de votre position…</translation>
    </message>
    <message>
        <source>The customers near you show as soon as the device knows.</source>
        <translation>Les clients près de vous s’affichent dès que l’appareil le sait.</translation>
    </message>
    <message>
        <source>No customer&apos;s place is known yet</source>
        <translation>Aucun lieu de client n’est encore connu</translation>
    </message>
    <message>
        <source>A customer&apos;s place is learnt from the visits you record there, or pinned on its page.</source>
        <translation>Le lieu d’un client s’apprend des visites que vous y notez, ou s’épingle sur sa page.</translation>
    </message>
</context>
<context>
    <name>NearbyAccountsModel</name>
    <message>
        <source>%1 %2</source>
        <comment>distance and direction</comment>
        <extracomment>How far and which way a customer is: &quot;800 m east&quot;</extracomment>
        <translation>à %1 %2</translation>
    </message>
    <message>
        <source>due a visit</source>
        <translation>visite due</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n relance due</numerusform>
            <numerusform>%n relances dues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotebookExport</name>
    <message>
        <source>No photos or files yet.</source>
        <translation>Aucune photo ni aucun fichier pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) or file(s) take(s) %1 on this device.</source>
        <translation>
            <numerusform>%n photo ou fichier occupe %1 sur cet appareil.</numerusform>
            <numerusform>%n photos et fichiers occupent %1 sur cet appareil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records and photos left %1 unused.</source>
        <translation>Des fiches et photos supprimées ont laissé %1 inutilisés.</translation>
    </message>
    <message>
        <source>The room could not be given back: %1</source>
        <translation>L’espace n’a pas pu être libéré : %1</translation>
    </message>
    <message>
        <source>%1 given back to the device.</source>
        <translation>%1 libérés sur l’appareil.</translation>
    </message>
</context>
<context>
    <name>NotebookImport</name>
    <message numerus="yes">
        <source>%n record(s) would come in from %1.</source>
        <translation>
            <numerusform>%n fiche viendrait de %1.</numerusform>
            <numerusform>%n fiches viendraient de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) came in from %1.</source>
        <translation>
            <numerusform>%n fiche est venue de %1.</numerusform>
            <numerusform>%n fiches sont venues de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would come in from %1.</source>
        <translation>
            <numerusform>%n personne viendrait de %1.</numerusform>
            <numerusform>%n personnes viendraient de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) came in from %1.</source>
        <translation>
            <numerusform>%n personne est venue de %1.</numerusform>
            <numerusform>%n personnes sont venues de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would come in from %1, with %2.</source>
        <comment>%2: a number of new companies</comment>
        <translation>
            <numerusform>%n personne viendrait de %1, avec %2.</numerusform>
            <numerusform>%n personnes viendraient de %1, avec %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) came in from %1, with %2.</source>
        <comment>%2: a number of new companies</comment>
        <translation>
            <numerusform>%n personne est venue de %1, avec %2.</numerusform>
            <numerusform>%n personnes sont venues de %1, avec %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(s)</source>
        <translation>
            <numerusform>%n nouvelle entreprise</numerusform>
            <numerusform>%n nouvelles entreprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your notebook, left as they are.</source>
        <translation>
            <numerusform>%n déjà dans votre carnet, laissé tel quel.</numerusform>
            <numerusform>%n déjà dans votre carnet, laissés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) like people you have: compare them under Duplicates.</source>
        <translation>
            <numerusform>%n ressemble à quelqu’un que vous avez : comparez sous Doublons.</numerusform>
            <numerusform>%n ressemblent à des personnes que vous avez : comparez sous Doublons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (below).</source>
        <translation>
            <numerusform>%n ignoré (ci-dessous).</numerusform>
            <numerusform>%n ignorés (ci-dessous).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was not UTF-8; it was read as %1: check the accents.</source>
        <translation>Le fichier n’était pas en UTF-8 ; il a été lu en %1 : vérifiez les accents.</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <comment>where in the file, and why</comment>
        <translation>Ignoré %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>NotebookPreparation</name>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 fiches sur %2</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>PasscodePad</name>
    <message>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contact de salon</translation>
    </message>
    <message>
        <source>Change kept when two devices disagreed</source>
        <translation>Modification gardée lors d’un désaccord entre deux appareils</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Could not forget them: %1</source>
        <translation>Impossible d’oublier cette personne : %1</translation>
    </message>
    <message>
        <source>Answer to a reminder</source>
        <translation>Réponse à un rappel</translation>
    </message>
</context>
<context>
    <name>PersonRecordExport</name>
    <message>
        <source>this person</source>
        <comment>in a file name</comment>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>What Rapport keeps about %1</source>
        <translation>Ce que Rapport garde sur %1</translation>
    </message>
    <message>
        <source>Could not write into %1.</source>
        <translation>Impossible d’écrire dans %1.</translation>
    </message>
</context>
<context>
    <name>PlaceConsentCard</name>
    <message>
        <source>Note where you are with each visit?</source>
        <translation>Noter où vous êtes à chaque visite ?</translation>
    </message>
    <message>
        <source>Rapport then knows which customer you are at, who is near you and the shortest way through your day. Where you were stays in your own notebook, is never shown to anyone else, and can be turned off in Settings.</source>
        <translation>Rapport sait alors chez quel client vous êtes, qui est près de vous et le chemin le plus court pour votre journée. Où vous étiez reste dans votre propre carnet, n’est montré à personne d’autre et peut être désactivé dans les réglages.</translation>
    </message>
    <message>
        <source>Yes, note it</source>
        <translation>Oui, noter</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
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
        <translation>Préparation de votre carnet</translation>
    </message>
    <message>
        <source>This version of Rapport arranges your lists and search anew, once. Nothing in your notebook changes.</source>
        <translation>Cette version de Rapport réorganise une fois vos listes et la recherche. Rien ne change dans votre carnet.</translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <source>Save the record first, then add its photos and files.</source>
        <translation>Enregistrez d’abord la fiche, puis ajoutez ses photos et fichiers.</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>« %1 » a été retiré.</translation>
    </message>
    <message>
        <source>“%1” could not be written where other apps can open it.</source>
        <translation>« %1 » n’a pas pu être écrit là où d’autres applications peuvent l’ouvrir.</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>« %1 » n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, more than a record can hold.</source>
        <translation>« %1 » dépasse %2, plus qu’une fiche ne peut contenir.</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <source>Open</source>
        <comment>a reminder</comment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a reminder</comment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <comment>remind me again</comment>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Next week</source>
        <comment>remind me again</comment>
        <translation>La semaine prochaine</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) for today</source>
        <translation>
            <numerusform>%n rappel pour aujourd’hui</numerusform>
            <numerusform>%n rappels pour aujourd’hui</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutePage</name>
    <message>
        <source>Today&apos;s route</source>
        <translation>L’itinéraire du jour</translation>
    </message>
    <message>
        <source>No visits planned today</source>
        <translation>Aucune visite prévue aujourd’hui</translation>
    </message>
    <message>
        <source>Visits you plan for today are put in the order that keeps the drive short.</source>
        <translation>Les visites prévues aujourd’hui sont mises dans l’ordre le plus court.</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>From where you are, as the crow flies.</source>
        <translation>Depuis où vous êtes, à vol d’oiseau.</translation>
    </message>
    <message>
        <source>From the first stop, as the crow flies: where you are is not known.</source>
        <translation>Depuis la première étape, à vol d’oiseau : votre position n’est pas connue.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Open %1 in maps</source>
        <translation>Ouvrir %1 dans les cartes</translation>
    </message>
    <message>
        <source>Where these are is not known</source>
        <translation>Où se trouvent ceux-ci n’est pas connu</translation>
    </message>
    <message>
        <source>Pin each on its page, or record a visit there, to have it in the route.</source>
        <translation>Épinglez chacun sur sa page, ou notez-y une visite, pour l’avoir dans l’itinéraire.</translation>
    </message>
    <message>
        <source>%1 from here</source>
        <translation>à %1 d’ici</translation>
    </message>
    <message>
        <source>%1 further</source>
        <translation>%1 plus loin</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>Too many wrong tries.</source>
        <translation>Trop d’essais erronés.</translation>
    </message>
    <message>
        <source>That is not the passcode.</source>
        <translation>Ce n’est pas le code.</translation>
    </message>
    <message>
        <source>The two passcodes differ. Type the same one twice.</source>
        <translation>Les deux codes diffèrent. Saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>A passcode is 4 to 12 digits.</source>
        <translation>Un code compte 4 à 12 chiffres.</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %n seconde.</numerusform>
            <numerusform>Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>A name, a town, “baseball”…</source>
        <translation>Un nom, une ville, « baseball »…</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Search looks at names, companies, towns, notes and interests. Try fewer letters.</source>
        <translation>La recherche porte sur les noms, entreprises, villes, notes et centres d’intérêt. Essayez moins de lettres.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Account</source>
        <comment>a kind of record</comment>
        <translation>Client</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>a kind of record</comment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Visit</source>
        <comment>a kind of record</comment>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <comment>a kind of record</comment>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Lead</source>
        <comment>a kind of record</comment>
        <translation>Contact de salon</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>a kind of record</comment>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Connecté en tant que %1 sur %2</translation>
    </message>
    <message>
        <source>Not signed in: everything stays on this device.</source>
        <translation>Non connecté : tout reste sur cet appareil.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size %1 percent</source>
        <translation>Taille du texte %1 pour cent</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your records</source>
        <translation>Vos fiches</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s), kept on this device in %1</source>
        <translation>
            <numerusform>%Ln fiche, gardée sur cet appareil dans %1</numerusform>
            <numerusform>%Ln fiches, gardées sur cet appareil dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>No passcode: whoever holds this device can open Rapport.</source>
        <translation>Pas de code : quiconque tient cet appareil peut ouvrir Rapport.</translation>
    </message>
    <message>
        <source>Asked when Rapport starts and each time you come back to it.</source>
        <translation>Demandé au démarrage de Rapport et à chaque retour.</translation>
    </message>
    <message>
        <source>Asked when Rapport starts and after %1 away.</source>
        <translation>Demandé au démarrage de Rapport et après %1 d’absence.</translation>
    </message>
    <message>
        <source>It guards the screen. The notebook&apos;s key is kept by the system, not by the passcode.</source>
        <translation>Il protège l’écran. La clé du carnet est gardée par le système, pas par le code.</translation>
    </message>
    <message>
        <source>Ask again after</source>
        <translation>Redemander après</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Immédiatement</translation>
    </message>
    <message>
        <source>Change passcode</source>
        <translation>Changer le code</translation>
    </message>
    <message>
        <source>Choose a passcode</source>
        <translation>Choisir un code</translation>
    </message>
    <message>
        <source>Remove passcode</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Current passcode</source>
        <translation>Code actuel</translation>
    </message>
    <message>
        <source>New passcode, 4 to 12 digits</source>
        <translation>Nouveau code, 4 à 12 chiffres</translation>
    </message>
    <message>
        <source>The new passcode again</source>
        <translation>Le nouveau code, encore</translation>
    </message>
    <message>
        <source>Save passcode</source>
        <translation>Enregistrer le code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stand mode</source>
        <translation>Mode stand</translation>
    </message>
    <message>
        <source>For a tablet on your stand: visitors see only the lead form, a fresh one after each lead. </source>
        <translation>Pour une tablette sur votre stand : les visiteurs ne voient que le formulaire de contact, vierge après chaque contact. </translation>
    </message>
    <message>
        <source>Leaving takes a long press and your passcode.</source>
        <translation>Pour quitter : un appui long et votre code.</translation>
    </message>
    <message>
        <source>Leaving takes a long press and a confirmation; with a passcode, the passcode.</source>
        <translation>Pour quitter : un appui long et une confirmation ; avec un code, le code.</translation>
    </message>
    <message>
        <source>Start stand mode</source>
        <translation>Passer en mode stand</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Text size as the system</source>
        <translation>Taille du texte comme le système</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Each morning: visits planned, follow-ups due, birthdays of the day, customers gone quiet. Where the desktop shows notifications.</source>
        <translation>Chaque matin : visites prévues, relances à faire, anniversaires du jour, clients devenus silencieux. Là où le bureau affiche des notifications.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>At %1:00</source>
        <translation>À %1 h</translation>
    </message>
    <message>
        <source>All in one notification</source>
        <translation>Tout dans une seule notification</translation>
    </message>
    <message>
        <source>With the window closed, Rapport can go on syncing and reminding in the background.</source>
        <translation>Fenêtre fermée, Rapport peut continuer à synchroniser et à rappeler en arrière-plan.</translation>
    </message>
    <message>
        <source>Keep running when closed</source>
        <translation>Continuer une fois fermé</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Where each visit is recorded, to know which customer you are at, who is near you and the shortest way through your day. It stays in your own notebook and is never shown to anyone else.</source>
        <translation>Où chaque visite est notée, pour savoir chez quel client vous êtes, qui est près de vous et le chemin le plus court pour votre journée. Cela reste dans votre propre carnet et n’est montré à personne d’autre.</translation>
    </message>
    <message>
        <source>Note where I am</source>
        <translation>Noter où je suis</translation>
    </message>
    <message>
        <source>A visit is on site when recorded within:</source>
        <translation>Une visite est sur place si elle est notée à moins de :</translation>
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
        <source>d MMM yyyy</source>
        <comment>date format (QDate): day, short month, year</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>saisi le %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>StaleLeadsPage</name>
    <message>
        <source>Old leads</source>
        <translation>Anciens contacts</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>No old leads</source>
        <translation>Aucun ancien contact</translation>
    </message>
    <message>
        <source>A year on, never followed up</source>
        <translation>Un an après, jamais relancés</translation>
    </message>
    <message>
        <source>Leads you never followed up are offered here a year after the show.</source>
        <translation>Les contacts jamais relancés sont proposés ici un an après le salon.</translation>
    </message>
    <message>
        <source>These people never became customers. Forget them everywhere, or keep them for another year.</source>
        <translation>Ces personnes ne sont jamais devenues clientes. Oubliez-les partout, ou gardez-les une année de plus.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Forget all %1</source>
        <translation>Oublier les %1</translation>
    </message>
</context>
<context>
    <name>StandPage</name>
    <message>
        <source>Leave stand mode?</source>
        <translation>Quitter le mode stand ?</translation>
    </message>
    <message>
        <source>Whoever holds the tablet then sees your whole notebook: people, search and every lead. A passcode (in Settings) would be asked here instead.</source>
        <translation>Quiconque tient alors la tablette voit tout votre carnet : personnes, recherche et chaque contact. Avec un code (dans les Réglages), il serait demandé ici.</translation>
    </message>
    <message>
        <source>Passcode to leave stand mode</source>
        <translation>Code pour quitter le mode stand</translation>
    </message>
    <message>
        <source>Leave stand mode</source>
        <translation>Quitter le mode stand</translation>
    </message>
    <message>
        <source>Back to the lead form</source>
        <translation>Retour au formulaire de contact</translation>
    </message>
</context>
<context>
    <name>SubjectWords</name>
    <message>
        <source>What is kept about %1</source>
        <translation>Ce qui est conservé sur %1</translation>
    </message>
    <message>
        <source>Everything this notebook holds about you, as of %1.</source>
        <translation>Tout ce que ce carnet contient à votre sujet, au %1.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos coordonnées</translation>
    </message>
    <message>
        <source>Visits you took part in</source>
        <translation>Visites auxquelles vous avez participé</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suites convenues</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Vos avis</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Contacts de salon</translation>
    </message>
    <message>
        <source>Greetings sent</source>
        <translation>Vœux envoyés</translation>
    </message>
    <message>
        <source>Changes recorded when two devices disagreed</source>
        <translation>Modifications notées lors d’un désaccord entre deux appareils</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 chez %2</translation>
    </message>
    <message>
        <source>Last changed %1 on device %2</source>
        <translation>Dernière modification %1 sur l’appareil %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation>Rôle dans l’achat</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Anniversary</source>
        <translation>Anniversaire de mariage</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Aime</translation>
    </message>
    <message>
        <source>Dislikes</source>
        <translation>N’aime pas</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
    <message>
        <source>How we met</source>
        <translation>Comment nous nous sommes rencontrés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Best way to reach</source>
        <translation>Meilleur moyen de joindre</translation>
    </message>
    <message>
        <source>Best time</source>
        <translation>Meilleur moment</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>Avec vos mots</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sign in again: the password is no longer on this device.</source>
        <translation>Reconnectez-vous : le mot de passe n’est plus sur cet appareil.</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, starting with https://</source>
        <translation>Tapez l’adresse du serveur, commençant par https://</translation>
    </message>
    <message>
        <source>Type your name and password for this server.</source>
        <translation>Tapez votre nom et votre mot de passe pour ce serveur.</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <comment>date and time format (QDateTime)</comment>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Aucun serveur connecté</translation>
    </message>
    <message>
        <source>Everything you record is kept on this device. %1 Sign in below to keep it on your server too, and on your other devices.</source>
        <translation>Tout ce que vous notez est gardé sur cet appareil. %1 Connectez-vous ci-dessous pour le garder aussi sur votre serveur et vos autres appareils.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline: syncs when the server can be reached</source>
        <translation>Hors ligne : se synchronise dès que le serveur est joignable</translation>
    </message>
    <message>
        <source>Up to date at %1</source>
        <translation>À jour à %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2. %3</source>
        <translation>Connecté en tant que %1 sur %2. %3</translation>
    </message>
    <message>
        <source>Something needs you</source>
        <translation>Quelque chose demande votre attention</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>No keychain service runs on this device, so your password is kept in a file that only your user account can read.</source>
        <translation>Aucun trousseau ne fonctionne sur cet appareil : votre mot de passe est gardé dans un fichier que seul votre compte utilisateur peut lire.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Your name on the server</source>
        <translation>Votre nom sur le serveur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>Se connecter et synchroniser</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Kept here, not on the server: %1</source>
        <translation>Gardé ici, pas sur le serveur : %1</translation>
    </message>
</context>
<context>
    <name>SyncReview</name>
    <message>
        <source>Nothing waits to go.</source>
        <translation>Rien n’attend d’être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait(s) to go.</source>
        <translation>
            <numerusform>%n modification attend d’être envoyée.</numerusform>
            <numerusform>%n modifications attendent d’être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing waiting to go</source>
        <translation>rien en attente d’envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go</source>
        <translation>
            <numerusform>%n modification en attente d’envoi</numerusform>
            <numerusform>%n modifications en attente d’envoi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayActions</name>
    <message>
        <source>Unknown action %1.</source>
        <translation>Action inconnue %1.</translation>
    </message>
    <message>
        <source>“%1” is not a birthday or an anniversary.</source>
        <translation>« %1 » n’est ni un anniversaire ni un anniversaire de mariage.</translation>
    </message>
    <message>
        <source>There is no phone number for them in your notebook.</source>
        <translation>Votre carnet n’a pas de numéro de téléphone pour cette personne.</translation>
    </message>
    <message>
        <source>There is no e-mail address for them in your notebook.</source>
        <translation>Votre carnet n’a pas d’adresse e-mail pour cette personne.</translation>
    </message>
    <message>
        <source>No app could open the message; use Copy and paste it where you write to them.</source>
        <translation>Aucune application n’a pu ouvrir le message ; utilisez Copier et collez-le là où vous lui écrivez.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Visits today</source>
        <translation>Visites du jour</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Relances à faire</translation>
    </message>
    <message>
        <source>Birthdays and anniversaries</source>
        <translation>Anniversaires</translation>
    </message>
    <message>
        <source>Nothing promised yet</source>
        <translation>Rien de promis pour l’instant</translation>
    </message>
    <message>
        <source>Gone quiet</source>
        <translation>Devenus silencieux</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pour aujourd’hui</translation>
    </message>
    <message>
        <source>Overdue since %1 · %2</source>
        <translation>En retard depuis le %1 · %2</translation>
    </message>
    <message>
        <source>Due today · %1</source>
        <translation>Pour aujourd’hui · %1</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>a follow-up, ticked off</comment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Anniversaire aujourd’hui</translation>
    </message>
    <message>
        <source>Anniversary today</source>
        <translation>Anniversaire de mariage aujourd’hui</translation>
    </message>
    <message>
        <source>Birthday %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation>Anniversaire %1</translation>
    </message>
    <message>
        <source>Anniversary %1</source>
        <comment>%1: a weekday, day and month</comment>
        <translation>Anniversaire de mariage %1</translation>
    </message>
    <message>
        <source>%1 · congratulated</source>
        <comment>%1: birthday or anniversary today</comment>
        <translation>%1 · félicité</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>send a text message</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>%1 · say congratulations</source>
        <comment>%1: birthday or anniversary today</comment>
        <translation>%1 · souhaitez-le</translation>
    </message>
    <message>
        <source>Visited %1 · send them something useful</source>
        <translation>Visité le %1 · envoyez-leur quelque chose d’utile</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Prévoir une relance</translation>
    </message>
    <message>
        <source>Nothing needed</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Last visit %1 · ask them why it has been quiet</source>
        <translation>Dernière visite %1 · demandez-leur pourquoi c’est calme</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Continue the visit note for %1</source>
        <translation>Reprendre la note de visite pour %1</translation>
    </message>
    <message>
        <source>Continue your visit note</source>
        <translation>Reprendre votre note de visite</translation>
    </message>
    <message>
        <source>Not saved yet. Everything you typed is kept.</source>
        <translation>Pas encore enregistré. Tout ce que vous avez tapé est gardé.</translation>
    </message>
    <message>
        <source>A clear day</source>
        <translation>Une journée libre</translation>
    </message>
    <message>
        <source>Visits you plan, follow-ups that fall due and birthdays this week will show up here. Start by recording a visit.</source>
        <translation>Les visites prévues, les relances à faire et les anniversaires de la semaine apparaîtront ici. Commencez par noter une visite.</translation>
    </message>
    <message>
        <source>Your notebook could not be opened</source>
        <translation>Votre carnet n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Everything you record is saved on this device first, even without a connection.</source>
        <translation>Tout ce que vous notez est d’abord enregistré sur cet appareil, même sans connexion.</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <source>Today&apos;s route</source>
        <translation>L’itinéraire du jour</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>Record a visit</source>
        <translation>Noter une visite</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Picked up where you left off</source>
        <translation>Repris là où vous en étiez</translation>
    </message>
    <message>
        <source>This visit was not saved yet. Everything you typed is here.</source>
        <translation>Cette visite n’est pas encore enregistrée. Tout ce que vous avez tapé est là.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>Who did you visit?</source>
        <translation>Qui avez-vous visité ?</translation>
    </message>
    <message>
        <source>Planned today: %1</source>
        <translation>Prévu aujourd’hui : %1</translation>
    </message>
    <message>
        <source>Planned today</source>
        <translation>Prévu aujourd’hui</translation>
    </message>
    <message>
        <source>Add “%1” as a new customer</source>
        <translation>Ajouter « %1 » comme nouveau client</translation>
    </message>
    <message>
        <source>People you met</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>New person&apos;s first name</source>
        <translation>Prénom de la nouvelle personne</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New person&apos;s last name</source>
        <translation>Nom de la nouvelle personne</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pick the visit&apos;s date</source>
        <translation>Choisir la date de la visite</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Oven trial, price talk…</source>
        <translation>Essai de four, discussion tarifaire…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What did you talk about? What did you learn about them?</source>
        <translation>De quoi avez-vous parlé ? Qu’avez-vous appris sur eux ?</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Wants a quote by Friday</source>
        <translation>Veut un devis d’ici vendredi</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — pour le %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Send the brochure</source>
        <translation>Envoyer la brochure</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>due 2026-12-01</source>
        <translation>pour le 2026-12-01</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Pick the day it is due</source>
        <translation>Choisir l’échéance</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La semaine prochaine</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Add next step</source>
        <translation>Ajouter l’étape</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>Photos et fichiers</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Add photo or file</source>
        <translation>Ajouter une photo ou un fichier</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Enregistrer la visite</translation>
    </message>
    <message>
        <source>Discard this draft</source>
        <translation>Abandonner ce brouillon</translation>
    </message>
    <message>
        <source>Day of the visit</source>
        <translation>Jour de la visite</translation>
    </message>
    <message>
        <source>Add a photo or file to the visit</source>
        <translation>Ajouter une photo ou un fichier à la visite</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</source>
        <translation>Photos et documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>You are here: the visit is noted as made on site.</source>
        <translation>Vous êtes ici : la visite est notée comme faite sur place.</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
</context>
<context>
    <name>VisitRecorder</name>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>gone from this device</source>
        <translation>n’est plus sur cet appareil</translation>
    </message>
    <message>
        <source>“%1” could not be read.</source>
        <translation>« %1 » n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>“%1” is gone from this device or cannot be read: remove it from the visit to save the rest.</source>
        <translation>« %1 » n’est plus sur cet appareil ou ne peut pas être lu : retirez-le de la visite pour enregistrer le reste.</translation>
    </message>
    <message>
        <source>The visit could not be saved; your draft is kept. %1</source>
        <translation>La visite n’a pas pu être enregistrée ; votre brouillon est gardé. %1</translation>
    </message>
</context>
<context>
    <name>Whereabouts</name>
    <message>
        <source>This device cannot tell where it is.</source>
        <translation>Cet appareil ne sait pas dire où il est.</translation>
    </message>
    <message>
        <source>Rapport may not read where you are: allow it in the system&apos;s settings.</source>
        <translation>Rapport n’a pas le droit de lire où vous êtes : autorisez-le dans les réglages du système.</translation>
    </message>
    <message>
        <source>The location service was turned off.</source>
        <translation>Le service de localisation a été désactivé.</translation>
    </message>
    <message>
        <source>Where you are could not be read.</source>
        <translation>Votre position n’a pas pu être lue.</translation>
    </message>
</context>
</TS>
