<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiProfileResolver</name>
    <message>
        <source>There is no saved connection profile named &quot;%1&quot; (saved profiles: %2).</source>
        <translation>Es gibt kein gespeichertes Verbindungsprofil namens „%1“ (gespeicherte Profile: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Badge</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Early supporter</source>
        <translation>z. B. Früher Unterstützer</translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation>Name des Abzeichens</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Badge description</source>
        <translation>Beschreibung des Abzeichens</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Badge action</source>
        <translation>Aktion des Abzeichens</translation>
    </message>
    <message>
        <source>What earns the badge; &quot;custom&quot; badges are awarded by hand or through the API.</source>
        <translation>Wodurch man das Abzeichen erhält; „custom“-Abzeichen werden von Hand oder über die API verliehen.</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>An&amp;zahl:</translation>
    </message>
    <message>
        <source>Badge quantity</source>
        <translation>Anzahl des Abzeichens</translation>
    </message>
    <message>
        <source>The action&apos;s count that earns the badge (the API&apos;s &quot;quantity&quot;).</source>
        <translation>Wie oft die Aktion nötig ist, um das Abzeichen zu erhalten („quantity“ in der API).</translation>
    </message>
    <message>
        <source>Award &amp;XP:</source>
        <translation>&amp;XP vergeben:</translation>
    </message>
    <message>
        <source> XP</source>
        <translation> XP</translation>
    </message>
    <message>
        <source>XP awarded</source>
        <translation>Vergebene XP</translation>
    </message>
    <message>
        <source>Award c&amp;urrency:</source>
        <translation>&amp;Währung vergeben:</translation>
    </message>
    <message>
        <source>Currency awarded</source>
        <translation>Vergebene Währung</translation>
    </message>
    <message>
        <source>A&amp;ttachment required to claim it</source>
        <translation>An&amp;hang erforderlich, um es zu erhalten</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Separate images for &amp;light and dark themes</source>
        <translation>Getrennte Bilder für he&amp;lles und dunkles Design</translation>
    </message>
    <message>
        <source>Image (light theme):</source>
        <translation>Bild (helles Design):</translation>
    </message>
    <message>
        <source>Image for the dark theme:</source>
        <translation>Bild für das dunkle Design:</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>e.g. general</source>
        <translation>z. B. allgemein</translation>
    </message>
    <message>
        <source>Channel topic</source>
        <translation>Thema des Kanals</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation>Kanaltyp</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run one API operation and print the reply as JSON (see: returning-admin api --help).</source>
        <translation>Einen API-Vorgang ausführen und die Antwort als JSON ausgeben (siehe: returning-admin api --help).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Start the embedded sandbox server with a demo community and connect to it.</source>
        <translation>Den eingebetteten Sandbox-Server mit einer Demo-Community starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Start with the connection profile named NAME.</source>
        <translation>Mit dem Verbindungsprofil namens NAME starten.</translation>
    </message>
    <message>
        <source>Append every API request, without secrets, to FILE as JSON lines.</source>
        <translation>Jede API-Anfrage ohne Geheimnisse als JSON-Zeilen an FILE anhängen.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Run returning-admin --help for the list.</source>
        <translation>Unbekannter Unterbefehl „%1“. Eine Liste zeigt returning-admin --help.</translation>
    </message>
    <message>
        <source>--sandbox-users takes a whole number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--sandbox-users erwartet eine ganze Zahl von 1 bis 1000000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile benötigt einen Profilnamen.</translation>
    </message>
    <message>
        <source>Returning Admin: the desktop console for Returning.AI community managers.</source>
        <translation>Returning Admin: die Desktop-Konsole für Community-Manager von Returning.AI.</translation>
    </message>
    <message>
        <source>Usage: returning-admin [options]
       returning-admin &lt;subcommand&gt; [arguments]

</source>
        <translation>Aufruf: returning-admin [Optionen]
        returning-admin &lt;Unterbefehl&gt; [Argumente]

</translation>
    </message>
    <message>
        <source>Returning Admin: the desktop console for Returning.AI community managers.

</source>
        <translation>Returning Admin: die Desktop-Konsole für Community-Manager von Returning.AI.

</translation>
    </message>
    <message>
        <source>Subcommands: none in this build.
</source>
        <translation>Unterbefehle: keine in diesem Build.
</translation>
    </message>
    <message>
        <source>Subcommands (run without a display):
</source>
        <translation>Unterbefehle (laufen ohne Bildschirm):
</translation>
    </message>
    <message>
        <source>Returning Admin %1 (Qt %2)
</source>
        <translation>Returning Admin %1 (Qt %2)
</translation>
    </message>
    <message>
        <source>Read and validate a bulk CSV without sending it (see: returning-admin csv-check --help).</source>
        <translation>Eine Massen-CSV lesen und prüfen, ohne sie zu senden (siehe: returning-admin csv-check --help).</translation>
    </message>
    <message>
        <source>Validate, send and follow a bulk CSV import or update (see: returning-admin import --help).</source>
        <translation>Einen Massenimport oder eine Massenaktualisierung per CSV prüfen, senden und verfolgen (siehe: returning-admin import --help).</translation>
    </message>
    <message>
        <source>Start the embedded sandbox from a new demo community, deleting the one kept from earlier runs (implies --sandbox).</source>
        <translation>Die eingebettete Sandbox mit einer neuen Demo-Community starten und die aus früheren Läufen behaltene löschen (impliziert --sandbox).</translation>
    </message>
    <message>
        <source>Number of members in a new demo community (1 to 1000000, default 1000); a kept one keeps its size.</source>
        <translation>Anzahl der Mitglieder einer neuen Demo-Community (1 bis 1000000, Standard 1000); eine behaltene behält ihre Größe.</translation>
    </message>
    <message>
        <source>Give or take a badge or role to a list of members as one journaled job (see: returning-admin assign --help).</source>
        <translation>Einer Liste von Mitgliedern in einem protokollierten Auftrag ein Abzeichen oder eine Rolle geben oder entziehen (siehe: returning-admin assign --help).</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>System API URL</source>
        <translation>System-API-URL</translation>
    </message>
    <message>
        <source>Integration API URL</source>
        <translation>Integration-API-URL</translation>
    </message>
    <message>
        <source>Application API URL</source>
        <translation>Application-API-URL</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>Gateway-URL</translation>
    </message>
    <message>
        <source>Secure Auth URL</source>
        <translation>Secure-Auth-URL</translation>
    </message>
    <message>
        <source>%1 is not a valid URL; use e.g. https://api.example.com</source>
        <translation>%1 ist keine gültige URL; verwenden Sie z. B. https://api.example.com</translation>
    </message>
    <message>
        <source>%1 must start with https://</source>
        <translation>%1 muss mit https:// beginnen</translation>
    </message>
    <message>
        <source>%1 must not contain a query or fragment</source>
        <translation>%1 darf keine Abfrage (Query) und kein Fragment enthalten</translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation>Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is already used by another profile</source>
        <translation>Der Name „%1“ wird bereits von einem anderen Profil verwendet</translation>
    </message>
    <message>
        <source>Community ID must not contain spaces</source>
        <translation>Die Community-ID darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>%1 must use https:// (http only for localhost or 127.0.0.1)</source>
        <translation>%1 muss https:// verwenden (http nur für localhost oder 127.0.0.1)</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; keys belong in the API keys, which are kept in the keychain</source>
        <translation>%1 darf keinen Benutzernamen und kein Passwort enthalten; Schlüssel gehören zu den API-Schlüsseln, die im Schlüsselbund aufbewahrt werden</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>e.g. Ada</source>
        <translation>z. B. Ada</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>e.g. Lovelace</source>
        <translation>z. B. Lovelace</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>no spaces, e.g. ada_lovelace</source>
        <translation>ohne Leerzeichen, z. B. ada_lovelace</translation>
    </message>
    <message>
        <source>D&amp;isplay name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>shown to other members</source>
        <translation>für andere Mitglieder sichtbar</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>optional for SSO users; at least 8 characters</source>
        <translation>optional für SSO-Benutzer; mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort bestä&amp;tigen:</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Access level:</source>
        <translation>&amp;Zugriffsstufe:</translation>
    </message>
    <message>
        <source>Access level</source>
        <translation>Zugriffsstufe</translation>
    </message>
    <message>
        <source>E-mail &amp;template:</source>
        <translation>E-Mail-Vor&amp;lage:</translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation>E-Mail-Vorlage</translation>
    </message>
    <message>
        <source>optional, e.g. 0</source>
        <translation>optional, z. B. 0</translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation>E&amp;mpfehlung:</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>optional referrer value</source>
        <translation>optional, Wert des Empfehlenden</translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation>E&amp;xterne ID:</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Join the server at once (full community member)</source>
        <translation>Dem Server sofort be&amp;itreten (vollwertiges Community-Mitglied)</translation>
    </message>
    <message>
        <source>Join server</source>
        <translation>Server beitreten</translation>
    </message>
    <message>
        <source>&amp;Send a welcome e-mail</source>
        <translation>Willkommens-E-Mail &amp;senden</translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation>E-Mail senden</translation>
    </message>
    <message>
        <source>E-mail the pass&amp;word to the user</source>
        <translation>Passwort per E-Mail an den Ben&amp;utzer senden</translation>
    </message>
    <message>
        <source>E-mail password</source>
        <translation>Passwort per E-Mail senden</translation>
    </message>
    <message>
        <source>C&amp;ustom fields</source>
        <translation>Benutzer&amp;definierte Felder</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Field name or id</source>
        <translation>Feldname oder -ID</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation>Feld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation>Feld ent&amp;fernen</translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation>Problem im Formular</translation>
    </message>
</context>
<context>
    <name>JournalReport</name>
    <message>
        <source>being sent when interrupted (in doubt)</source>
        <translation>beim Abbruch gerade in Übertragung (ungewiss)</translation>
    </message>
    <message>
        <source>taken by the server, job not finished</source>
        <translation>vom Server angenommen, Auftrag nicht abgeschlossen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 of %2 row(s) were already handed to the server; %3 row(s) are left to send.</source>
        <translation>%1 von %2 Zeile(n) wurden bereits an den Server übergeben; %3 Zeile(n) sind noch zu senden.</translation>
    </message>
    <message>
        <source>%1 row(s) were being sent when it stopped: the server&apos;s API log is asked whether they arrived before they are sent again, so no row is sent twice.</source>
        <translation>%1 Zeile(n) wurden beim Abbruch gerade gesendet: Vor dem erneuten Senden wird im API-Protokoll des Servers nachgesehen, ob sie angekommen sind, sodass keine Zeile doppelt gesendet wird.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Kind: bulk update of existing members</source>
        <translation>Art: Massenaktualisierung vorhandener Mitglieder</translation>
    </message>
    <message>
        <source>Kind: bulk import of new members</source>
        <translation>Art: Massenimport neuer Mitglieder</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Community: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Rows to send: %1</source>
        <translation>Zu sendende Zeilen: %1</translation>
    </message>
    <message>
        <source>Handed to the server: %1</source>
        <translation>An den Server übergeben: %1</translation>
    </message>
    <message>
        <source>In doubt: %1</source>
        <translation>Ungewiss: %1</translation>
    </message>
    <message>
        <source>Left to send: %1</source>
        <translation>Noch zu senden: %1</translation>
    </message>
    <message>
        <source>The rest of the file was cancelled and will not be sent.</source>
        <translation>Der Rest der Datei wurde abgebrochen und wird nicht gesendet.</translation>
    </message>
    <message>
        <source>No part of the file was sent yet.</source>
        <translation>Von der Datei wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Rows %1 to %2 (%3): %4</source>
        <translation>Zeilen %1 bis %2 (%3): %4</translation>
    </message>
    <message>
        <source>- job %1, %2 processed, %3 failed</source>
        <translation>– Auftrag %1, %2 verarbeitet, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>- %1</source>
        <translation>– %1</translation>
    </message>
</context>
<context>
    <name>NewUserRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n characters.</source>
        <translation>
            <numerusform>%1 darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>%1 darf höchstens %n Zeichen haben.</numerusform>
        </translation>
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
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Username must not contain spaces.</source>
        <translation>Der Benutzername darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>E-mail is required.</source>
        <translation>Eine E-Mail-Adresse ist erforderlich.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not a valid address (name@example.com).</source>
        <translation>Die E-Mail-Adresse „%1“ ist ungültig (name@example.com).</translation>
    </message>
    <message numerus="yes">
        <source>Password must have at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password to confirm it.</source>
        <translation>Wiederholen Sie das Passwort zur Bestätigung.</translation>
    </message>
    <message>
        <source>The password confirmation does not match.</source>
        <translation>Die Passwortbestätigung stimmt nicht überein.</translation>
    </message>
    <message>
        <source>Access level must not be negative.</source>
        <translation>Die Zugriffsstufe darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Custom field %1 has no field name or id.</source>
        <translation>Benutzerdefiniertes Feld %1 hat keinen Feldnamen und keine ID.</translation>
    </message>
    <message>
        <source>Custom field &quot;%1&quot; has no value.</source>
        <translation>Benutzerdefiniertes Feld „%1“ hat keinen Wert.</translation>
    </message>
    <message>
        <source>Custom field &quot;%1&quot; is not a field of this community.</source>
        <translation>Das benutzerdefinierte Feld „%1“ ist kein Feld dieser Community.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>How long to wait for the server before a request fails</source>
        <translation>Wie lange auf den Server gewartet wird, bevor eine Anfrage fehlschlägt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Parallel requests per server:</source>
        <translation>&amp;Parallele Anfragen pro Server:</translation>
    </message>
    <message>
        <source>Parallel requests per server</source>
        <translation>Parallele Anfragen pro Server</translation>
    </message>
    <message>
        <source>At most this many requests run at once against one host; the rest wait in a queue</source>
        <translation>Höchstens so viele Anfragen laufen gleichzeitig an einen Host; die übrigen warten in einer Warteschlange</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Helle oder dunkle Farben oder die des Desktops</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>This built-in profile points at the embedded local sandbox. Its endpoints, community and keys are set by the app each time the sandbox starts; it cannot be edited, renamed or deleted.</source>
        <translation>Dieses integrierte Profil verweist auf die eingebettete lokale Sandbox. Endpunkte, Community und Schlüssel setzt die App bei jedem Start der Sandbox; das Profil kann nicht bearbeitet, umbenannt oder gelöscht werden.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>A name you recognise, e.g. “Acme production”</source>
        <translation>Ein Name, den Sie wiedererkennen, z. B. „Acme Produktion“</translation>
    </message>
    <message>
        <source>&amp;Community ID:</source>
        <translation>&amp;Community-ID:</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation>Community-ID</translation>
    </message>
    <message>
        <source>The community the Integration API addresses</source>
        <translation>Die Community, die die Integration-API anspricht</translation>
    </message>
    <message>
        <source>e.g. 64f1c0…</source>
        <translation>z. B. 64f1c0…</translation>
    </message>
    <message>
        <source>P&amp;roduction community (real members)</source>
        <translation>&amp;Produktions-Community (echte Mitglieder)</translation>
    </message>
    <message>
        <source>Production community</source>
        <translation>Produktions-Community</translation>
    </message>
    <message>
        <source>Marks the profile as production: the window shows a red banner while it is active</source>
        <translation>Kennzeichnet das Profil als Produktion: Solange es aktiv ist, zeigt das Fenster ein rotes Banner</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>&amp;System API:</source>
        <translation>S&amp;ystem-API:</translation>
    </message>
    <message>
        <source>System API base URL</source>
        <translation>Basis-URL der System-API</translation>
    </message>
    <message>
        <source>https://…  (x-api-key)</source>
        <translation>https://…  (x-api-key)</translation>
    </message>
    <message>
        <source>&amp;Integration API:</source>
        <translation>&amp;Integration-API:</translation>
    </message>
    <message>
        <source>Integration API base URL</source>
        <translation>Basis-URL der Integration-API</translation>
    </message>
    <message>
        <source>https://…  (Bearer)</source>
        <translation>https://…  (Bearer)</translation>
    </message>
    <message>
        <source>&amp;Application API:</source>
        <translation>&amp;Application-API:</translation>
    </message>
    <message>
        <source>Application API base URL</source>
        <translation>Basis-URL der Application-API</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <source>Gateway base URL</source>
        <translation>Basis-URL des Gateways</translation>
    </message>
    <message>
        <source>https://…  (Get Messages)</source>
        <translation>https://…  (Get Messages)</translation>
    </message>
    <message>
        <source>Secure &amp;Auth:</source>
        <translation>Secure Au&amp;th:</translation>
    </message>
    <message>
        <source>Secure Auth domain URL</source>
        <translation>Domain-URL von Secure Auth</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>S&amp;ystem API key:</source>
        <translation>System-API-Sc&amp;hlüssel:</translation>
    </message>
    <message>
        <source>System API key</source>
        <translation>System-API-Schlüssel</translation>
    </message>
    <message>
        <source>System API key status</source>
        <translation>Status des System-API-Schlüssels</translation>
    </message>
    <message>
        <source>In&amp;tegration key:</source>
        <translation>Int&amp;egration-Schlüssel:</translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation>Integration-Schlüssel</translation>
    </message>
    <message>
        <source>Integration key status</source>
        <translation>Status des Integration-Schlüssels</translation>
    </message>
    <message>
        <source>A&amp;pplication key:</source>
        <translation>Applicati&amp;on-Schlüssel:</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Application-Schlüssel</translation>
    </message>
    <message>
        <source>Application key status</source>
        <translation>Status des Application-Schlüssels</translation>
    </message>
</context>
<context>
    <name>ProfileKeyReader</name>
    <message>
        <source>cannot read the keys of profile &quot;%1&quot; from the keychain (%2); give the key with --key-file or --key -, or set its RA_*_KEY variable, instead</source>
        <translation>die Schlüssel des Profils „%1“ können nicht aus dem Schlüsselbund gelesen werden (%2); geben Sie den Schlüssel stattdessen mit --key-file oder --key - an oder setzen Sie die zugehörige RA_*_KEY-Variable</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Moderator</source>
        <translation>z. B. Moderator</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Name der Rolle</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Role colour</source>
        <translation>Farbe der Rolle</translation>
    </message>
    <message>
        <source>C&amp;ustom…</source>
        <translation>Ben&amp;utzerdefiniert …</translation>
    </message>
    <message>
        <source>Pick a custom colour</source>
        <translation>Eine eigene Farbe wählen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Beschreibung der Rolle</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Position in the role hierarchy</source>
        <translation>Position in der Rollenhierarchie</translation>
    </message>
    <message>
        <source>Lower positions come first in the role hierarchy.</source>
        <translation>Niedrigere Positionen stehen in der Rollenhierarchie weiter vorn.</translation>
    </message>
    <message>
        <source>&amp;Billable role</source>
        <translation>&amp;Abrechenbare Rolle</translation>
    </message>
    <message>
        <source>Billable role</source>
        <translation>Abrechenbare Rolle</translation>
    </message>
    <message>
        <source>Server permissions</source>
        <translation>Serverberechtigungen</translation>
    </message>
    <message>
        <source>Channel permissions</source>
        <translation>Kanalberechtigungen</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Acme Community</source>
        <translation>z. B. Acme Community</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>made from the name when empty</source>
        <translation>wird aus dem Namen gebildet, wenn leer</translation>
    </message>
    <message>
        <source>Server URI</source>
        <translation>Server-URI</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>e.g. community.example.com</source>
        <translation>z. B. community.example.com</translation>
    </message>
    <message>
        <source>Server domain</source>
        <translation>Server-Domain</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Server description</source>
        <translation>Beschreibung des Servers</translation>
    </message>
</context>
<context>
    <name>UserFieldRules</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation>Einzeiliger Text</translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Mehrzeiliger Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>Numerisch</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation>%1: Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: a single-line text cannot hold a line break.</source>
        <translation>%1: Ein einzeiliger Text darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>%1: the text has %2 characters; at most %3 are allowed.</source>
        <translation>%1: Der Text hat %2 Zeichen; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (e.g. 12 or -3.5).</source>
        <translation>%1: „%2“ ist keine Zahl (z. B. 12 oder -3.5).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1: „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no (true, false, yes, no, 1 or 0).</source>
        <translation>%1: „%2“ ist kein Ja/Nein-Wert (true, false, yes, no, 1 oder 0).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of its choices (%3).</source>
        <translation>%1: „%2“ ist keine seiner Optionen (%3).</translation>
    </message>
    <message>
        <source>The new field</source>
        <translation>Das neue Feld</translation>
    </message>
    <message>
        <source>%1: the key is required.</source>
        <translation>%1: Der Schlüssel ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: the key has %2 characters; at most %3 are allowed.</source>
        <translation>%1: Der Schlüssel hat %2 Zeichen; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1: the name is required.</source>
        <translation>%1: Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: the name has %2 characters; at most %3 are allowed.</source>
        <translation>%1: Der Name hat %2 Zeichen; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not one of %3.</source>
        <translation>%1: Der Typ „%2“ ist keiner der Typen %3.</translation>
    </message>
    <message>
        <source>%1: a choice field needs at least one option.</source>
        <translation>%1: Ein Auswahlfeld benötigt mindestens eine Option.</translation>
    </message>
    <message>
        <source>%1: an option is blank.</source>
        <translation>%1: Eine Option ist leer.</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2…&quot; is longer than %3 characters.</source>
        <translation>%1: Die Option „%2…“ ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; is listed twice.</source>
        <translation>%1: Die Option „%2“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>%1: only a choice field has options; a %2 field has none.</source>
        <translation>%1: Nur ein Auswahlfeld hat Optionen; ein Feld vom Typ „%2“ hat keine.</translation>
    </message>
    <message>
        <source>Default value of %1</source>
        <translation>Standardwert von %1</translation>
    </message>
</context>
<context>
    <name>UserFilterBar</name>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Filter by e-mail</source>
        <translation>Nach E-Mail-Adresse filtern</translation>
    </message>
    <message>
        <source>exact address</source>
        <translation>genaue Adresse</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Filter by first name</source>
        <translation>Nach Vorname filtern</translation>
    </message>
    <message>
        <source>exact first name</source>
        <translation>genauer Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Filter by last name</source>
        <translation>Nach Nachname filtern</translation>
    </message>
    <message>
        <source>exact last name</source>
        <translation>genauer Nachname</translation>
    </message>
    <message>
        <source>&amp;Joined between</source>
        <translation>&amp;Beitritt zwischen</translation>
    </message>
    <message>
        <source>Filter by join date</source>
        <translation>Nach Beitrittsdatum filtern</translation>
    </message>
    <message>
        <source>Joined on or after</source>
        <translation>Beitritt am oder nach</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Joined on or before</source>
        <translation>Beitritt am oder vor</translation>
    </message>
    <message>
        <source>&amp;XP:</source>
        <translation>&amp;XP:</translation>
    </message>
    <message>
        <source>Minimum XP</source>
        <translation>Minimale XP</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>Maximum XP</source>
        <translation>Maximale XP</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>C&amp;oins:</source>
        <translation>C&amp;oins:</translation>
    </message>
    <message>
        <source>Minimum coins</source>
        <translation>Minimale Coins</translation>
    </message>
    <message>
        <source>Maximum coins</source>
        <translation>Maximale Coins</translation>
    </message>
    <message>
        <source>C&amp;ustom field:</source>
        <translation>Benutzer&amp;definiertes Feld:</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation>Wert des benutzerdefinierten Felds</translation>
    </message>
    <message>
        <source>exact value</source>
        <translation>genauer Wert</translation>
    </message>
    <message>
        <source>&amp;Paging:</source>
        <translation>&amp;Paginierung:</translation>
    </message>
    <message>
        <source>Paging mode</source>
        <translation>Paginierungsmodus</translation>
    </message>
    <message>
        <source>How Get Users with Filters pages: by cursor or by page number</source>
        <translation>Wie „Get Users with Filters“ blättert: per Cursor oder per Seitennummer</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation>Seitennummern</translation>
    </message>
    <message>
        <source>&amp;Saved filters</source>
        <translation>&amp;Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the server filter</source>
        <translation>Serverseitigen Filter leeren</translation>
    </message>
    <message>
        <source>Empty every filter and load all users</source>
        <translation>Alle Filter leeren und alle Benutzer laden</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply the server filter</source>
        <translation>Serverseitigen Filter anwenden</translation>
    </message>
    <message>
        <source>Load the users matching the filter (Enter)</source>
        <translation>Die zum Filter passenden Benutzer laden (Enter)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <source>Show or hide the filters by name, join date, XP, coins and custom field, and the paging mode</source>
        <translation>Filter nach Name, Beitrittsdatum, XP, Coins und benutzerdefiniertem Feld sowie den Paginierungsmodus ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
    <message>
        <source>The community&apos;s custom field to match, by name</source>
        <translation>Das abzugleichende benutzerdefinierte Feld der Community, nach Name</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local Returning.AI-compatible server with a demo community.</source>
        <translation>Ein lokaler, mit Returning.AI kompatibler Server mit einer Demo-Community.</translation>
    </message>
</context>
<context>
    <name>ra::AboutDialog</name>
    <message>
        <source>About Returning Admin</source>
        <translation>Über Returning Admin</translation>
    </message>
    <message>
        <source>Returning Admin</source>
        <translation>Returning Admin</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2 (built with %3)</source>
        <translation>Version %1 · Qt %2 (erstellt mit %3)</translation>
    </message>
    <message>
        <source>A desktop console for Returning.AI community managers: servers, roles, channels, badges, users, messages and API keys, with bulk CSV import.</source>
        <translation>Eine Desktop-Konsole für Community-Manager von Returning.AI: Server, Rollen, Kanäle, Abzeichen, Benutzer, Nachrichten und API-Schlüssel, mit CSV-Massenimport.</translation>
    </message>
    <message>
        <source>Website: https://returning.ai
Documentation: https://docs.returning.ai</source>
        <translation>Website: https://returning.ai
Dokumentation: https://docs.returning.ai</translation>
    </message>
    <message>
        <source>Returning Admin logo</source>
        <translation>Logo von Returning Admin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ra::AccountDialog</name>
    <message>
        <source>Account %1 registered. Enter the code sent to it (the local sandbox prints the code on its log instead of mailing it).</source>
        <translation>Konto %1 registriert. Geben Sie den Code ein, der an diese Adresse gesendet wurde (die lokale Sandbox schreibt den Code in ihr Protokoll, statt ihn per E-Mail zu senden).</translation>
    </message>
    <message>
        <source>The e-mail address %1 is verified. Log in now.</source>
        <translation>Die E-Mail-Adresse %1 ist bestätigt. Melden Sie sich jetzt an.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Registering failed: %1</source>
        <translation>Registrierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verifying failed: %1</source>
        <translation>Bestätigung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>E-mail: enter an address like name@example.com</source>
        <translation>E-Mail: Geben Sie eine Adresse wie name@example.com ein</translation>
    </message>
    <message>
        <source>Password: use at least 8 characters</source>
        <translation>Passwort: Verwenden Sie mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>E-mail: enter the address you registered</source>
        <translation>E-Mail: Geben Sie die Adresse ein, mit der Sie sich registriert haben</translation>
    </message>
    <message>
        <source>Code: enter the code sent to the address</source>
        <translation>Code: Geben Sie den Code ein, der an die Adresse gesendet wurde</translation>
    </message>
    <message>
        <source>E-mail: enter the address of your account</source>
        <translation>E-Mail: Geben Sie die Adresse Ihres Kontos ein</translation>
    </message>
    <message>
        <source>Password: enter your password</source>
        <translation>Passwort: Geben Sie Ihr Passwort ein</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Verify E-mail</source>
        <translation>E-Mail bestätigen</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
</context>
<context>
    <name>ra::AccountPanes</name>
    <message>
        <source>Log In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Members&apos; API keys can be seen and managed only with a login.</source>
        <translation>API-Schlüssel von Mitgliedern können nur mit einer Anmeldung angezeigt und verwaltet werden.</translation>
    </message>
    <message>
        <source>Log In…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Konto …</translation>
    </message>
    <message>
        <source>Register, verify your e-mail and log in for the token that manages API keys</source>
        <translation>Registrieren, die E-Mail-Adresse bestätigen und anmelden, um das Token zu erhalten, mit dem API-Schlüssel verwaltet werden</translation>
    </message>
    <message>
        <source>Secure Auth &amp;Login Link…</source>
        <translation>Secure-Auth-Anmelde&amp;link …</translation>
    </message>
    <message>
        <source>Get a one-time login URL for a member</source>
        <translation>Eine einmalige Anmelde-URL für ein Mitglied abrufen</translation>
    </message>
</context>
<context>
    <name>ra::AccountSession</name>
    <message>
        <source>The login of %1 expired at %2. Log in again to manage API keys.</source>
        <translation>Die Anmeldung von %1 ist am %2 abgelaufen. Melden Sie sich erneut an, um API-Schlüssel zu verwalten.</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The login of %1 has expired: log in again</source>
        <translation>Die Anmeldung von %1 ist abgelaufen: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Logged in as %1 until %2</source>
        <translation>Angemeldet als %1 bis %2</translation>
    </message>
    <message>
        <source>Logged in as %1 (the server gave no expiry)</source>
        <translation>Angemeldet als %1 (der Server hat kein Ablaufdatum angegeben)</translation>
    </message>
    <message>
        <source>(kept for this run only)</source>
        <translation>(nur für diese Sitzung aufbewahrt)</translation>
    </message>
    <message>
        <source>The login of %1 has expired. Log in again to manage API keys.</source>
        <translation>Die Anmeldung von %1 ist abgelaufen. Melden Sie sich erneut an, um API-Schlüssel zu verwalten.</translation>
    </message>
    <message>
        <source>The server answered the login without a session token</source>
        <translation>Der Server hat die Anmeldung ohne Sitzungstoken beantwortet</translation>
    </message>
    <message>
        <source>The server no longer accepts the login of %1. Log in again to manage API keys.</source>
        <translation>Der Server akzeptiert die Anmeldung von %1 nicht mehr. Melden Sie sich erneut an, um API-Schlüssel zu verwalten.</translation>
    </message>
</context>
<context>
    <name>ra::AddHistoryEntryDialog</name>
    <message>
        <source>Add History Entry</source>
        <translation>Verlaufseintrag hinzufügen</translation>
    </message>
    <message>
        <source>Member id, e-mail or username</source>
        <translation>Mitglieds-ID, E-Mail-Adresse oder Benutzername</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>The entry was not added: %1</source>
        <translation>Der Eintrag wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A number, e.g. 1250 or 12.5.</source>
        <translation>Eine Zahl, z. B. 1250 oder 12.5.</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>Ein Datum im Format JJJJ-MM-TT, z. B. 2026-03-31.</translation>
    </message>
    <message>
        <source>Any text.</source>
        <translation>Beliebiger Text.</translation>
    </message>
    <message>
        <source>Member: give the member&apos;s id, e-mail or username.</source>
        <translation>Mitglied: Geben Sie die ID, die E-Mail-Adresse oder den Benutzernamen des Mitglieds an.</translation>
    </message>
    <message>
        <source>Field: choose a field (the community has none yet, or they are loading).</source>
        <translation>Feld: Wählen Sie ein Feld aus (die Community hat noch keine, oder sie werden gerade geladen).</translation>
    </message>
    <message>
        <source>Value: give the new value of %1.</source>
        <translation>Wert: Geben Sie den neuen Wert von %1 an.</translation>
    </message>
    <message>
        <source>Value: %1 is a number field; &quot;%2&quot; is not a number.</source>
        <translation>Wert: %1 ist ein Zahlenfeld; „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Value: %1 is a date field; &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Wert: %1 ist ein Datumsfeld; „%2“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
</context>
<context>
    <name>ra::AnnounceDialog</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Announce to Several Channels</source>
        <translation>In mehreren Kanälen ankündigen</translation>
    </message>
    <message>
        <source>username or e-mail</source>
        <translation>Benutzername oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The message every chosen channel gets (plain text)</source>
        <translation>Die Nachricht, die jeder ausgewählte Kanal erhält (reiner Text)</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Senden als:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>Wählen Sie mindestens einen Kanal aus.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Sending stopped: the job&apos;s journal cannot be written: %1</source>
        <translation>Senden gestoppt: Das Journal des Auftrags kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n channel(s)…</source>
        <translation>
            <numerusform>Wird an %n Kanal gesendet …</numerusform>
            <numerusform>Wird an %n Kanäle gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>channel not found</source>
        <translation>Kanal nicht gefunden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet …</translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n channel(s).</source>
        <translation>
            <numerusform>An %n Kanal gesendet.</numerusform>
            <numerusform>An %n Kanäle gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to %1 of %2 channels; %3 failed (reasons in the table).</source>
        <translation>An %1 von %2 Kanälen gesendet; %3 fehlgeschlagen (Gründe in der Tabelle).</translation>
    </message>
    <message>
        <source>Channels to announce to</source>
        <translation>Kanäle für die Ankündigung</translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation>Text der Ankündigung</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Sendefortschritt</translation>
    </message>
    <message>
        <source>Result per channel</source>
        <translation>Ergebnis pro Kanal</translation>
    </message>
    <message>
        <source>Announcement status</source>
        <translation>Status der Ankündigung</translation>
    </message>
    <message>
        <source>Send to every chosen channel (Ctrl+Return)</source>
        <translation>An jeden ausgewählten Kanal senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Discard this unsent message?</source>
        <translation>Diese nicht gesendete Nachricht verwerfen?</translation>
    </message>
    <message>
        <source>It has not been sent and will not be kept.</source>
        <translation>Sie wurde nicht gesendet und wird nicht aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ra::AnnounceItemKind</name>
    <message>
        <source>Announce &quot;%1&quot;</source>
        <translation>„%1“ ankündigen</translation>
    </message>
    <message>
        <source>%1 (the message may have been posted; look at the channel before you retry)</source>
        <translation>%1 (die Nachricht wurde möglicherweise bereits veröffentlicht; sehen Sie im Kanal nach, bevor Sie es erneut versuchen)</translation>
    </message>
</context>
<context>
    <name>ra::AnnounceOffer</name>
    <message>
        <source>Interrupted Announcement</source>
        <translation>Unterbrochene Ankündigung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was interrupted before every channel was handled.</source>
        <translation>„%1“ wurde unterbrochen, bevor alle Kanäle bearbeitet waren.</translation>
    </message>
    <message>
        <source>Handled: %1 of %2 channels (sent %3, not found %4, failed %5); %6 were on the wire and are looked up in their channel first. Resume sends to the rest, none twice. Forget stops here and you are not asked again.</source>
        <translation>Bearbeitet: %1 von %2 Kanälen (gesendet %3, nicht gefunden %4, fehlgeschlagen %5); %6 waren unterwegs und werden zuerst in ihrem Kanal nachgeschlagen. „Fortsetzen“ sendet an die übrigen, an keinen doppelt. „Verwerfen“ beendet den Vorgang hier, und Sie werden nicht erneut gefragt.</translation>
    </message>
    <message>
        <source>The announcement cannot be resumed: %1</source>
        <translation>Die Ankündigung kann nicht fortgesetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>ra::ApiClient</name>
    <message>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>unbekannter Vorgang „%1“</translation>
    </message>
</context>
<context>
    <name>ra::ApiCommand</name>
    <message>
        <source>--body is not JSON: %1 at offset %2</source>
        <translation>--body ist kein JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 takes NAME=VALUE</source>
        <translation>%1 erwartet NAME=VALUE</translation>
    </message>
    <message>
        <source>--base-url is not a URL: %1</source>
        <translation>--base-url ist keine URL: %1</translation>
    </message>
    <message>
        <source>--history-shape is get or post</source>
        <translation>--history-shape ist get oder post</translation>
    </message>
    <message>
        <source>--timeout takes milliseconds</source>
        <translation>--timeout erwartet Millisekunden</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>name an operation, or use --list</source>
        <translation>nennen Sie einen Vorgang oder verwenden Sie --list</translation>
    </message>
    <message>
        <source>profiles are not available here; use --base-url and --key</source>
        <translation>Profile sind hier nicht verfügbar; verwenden Sie --base-url und --key</translation>
    </message>
    <message>
        <source>give --profile, or --base-url (the %1 API&apos;s base URL)</source>
        <translation>geben Sie --profile oder --base-url an (die Basis-URL der %1-API)</translation>
    </message>
    <message>
        <source>unknown operation %1 (see --list)</source>
        <translation>unbekannter Vorgang %1 (siehe --list)</translation>
    </message>
    <message>
        <source>use either --profile or --base-url</source>
        <translation>verwenden Sie entweder --profile oder --base-url</translation>
    </message>
    <message>
        <source>--base-url must not contain a user name or password; give the key with --key-file or an RA_*_KEY variable</source>
        <translation>--base-url darf keinen Benutzernamen und kein Passwort enthalten; geben Sie den Schlüssel mit --key-file oder einer RA_*_KEY-Variablen an</translation>
    </message>
    <message>
        <source>Usage: returning-admin api --list
       returning-admin api OPERATION [options]

Runs one operation of the Returning.AI route table and prints the decoded
reply as JSON on stdout (exit 0), or the error as JSON on stderr (exit 1;
usage errors exit 2).

Options:
  --list                 List the operations with method, path and status.
  --body JSON            The request body.
  --body-file F          The request body, read from file F.
  --query NAME=VALUE     A query item; a {NAME} of the path is filled from it.
  --file FIELD=PATH      A multipart file field (bulk import, images).
  --profile P            Use the saved connection profile P.
  --base-url URL         The base URL of the operation&apos;s API family.
  --key-file F           Read the key from the first line of F; without it
                         the variable of the operation&apos;s key kind is read
                         (RA_SYSTEM_KEY, RA_INTEGRATION_KEY or
                         RA_APPLICATION_KEY), and with --profile the
                         profile&apos;s keys in the keychain.
  --key -                Read the key from standard input.
  --key K                The key itself (visible to other users of the
                         machine: prefer the two above).
  --community ID         The community id.
  --hostname H           The Secure Auth hostname header.
  --timeout MS           Transfer timeout in milliseconds (default 30000).
  --history-shape S      get or post: gamification history request shape.
  --log-requests FILE    Append the request log, without secrets, to FILE.
  --raw                  Print a raw body (e.g. the CSV template) as is.
</source>
        <translation>Aufruf: returning-admin api --list
        returning-admin api OPERATION [Optionen]

Führt einen Vorgang der Returning.AI-Routentabelle aus und gibt die dekodierte
Antwort als JSON auf stdout aus (Exit-Status 0) oder den Fehler als JSON auf
stderr (Exit-Status 1; Aufruffehler: Exit-Status 2).

Optionen:
  --list                 Die Vorgänge mit Methode, Pfad und Status auflisten.
  --body JSON            Der Inhalt (Body) der Anfrage.
  --body-file F          Der Inhalt der Anfrage, aus der Datei F gelesen.
  --query NAME=VALUE     Ein Query-Parameter; ein {NAME} im Pfad wird damit
                         gefüllt.
  --file FIELD=PATH      Ein Multipart-Dateifeld (Massenimport, Bilder).
  --profile P            Das gespeicherte Verbindungsprofil P verwenden.
  --base-url URL         Die Basis-URL der API-Familie des Vorgangs.
  --key-file F           Den Schlüssel aus der ersten Zeile von F lesen; ohne
                         diese Option wird die Variable der Schlüsselart des
                         Vorgangs gelesen (RA_SYSTEM_KEY, RA_INTEGRATION_KEY
                         oder RA_APPLICATION_KEY), mit --profile die Schlüssel
                         des Profils im Schlüsselbund.
  --key -                Den Schlüssel von der Standardeingabe lesen.
  --key K                Der Schlüssel selbst (für andere Benutzer des Rechners
                         sichtbar: besser eine der beiden Varianten oben).
  --community ID         Die Community-ID.
  --hostname H           Der Secure-Auth-Hostname-Header.
  --timeout MS           Zeitlimit der Übertragung in Millisekunden (Standard
                         30000).
  --history-shape S      get oder post: Form der Anfrage für den
                         Gamification-Verlauf.
  --log-requests FILE    Das Anfrageprotokoll ohne Geheimnisse an FILE
                         anhängen.
  --raw                  Einen Rohinhalt (z. B. die CSV-Vorlage) unverändert
                         ausgeben.
</translation>
    </message>
</context>
<context>
    <name>ra::ApiError</name>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The API key is missing, invalid, expired or lacks the permission.</source>
        <translation>Der API-Schlüssel fehlt, ist ungültig, abgelaufen oder hat nicht die nötige Berechtigung.</translation>
    </message>
    <message>
        <source>The API key is valid but may not access this resource.</source>
        <translation>Der API-Schlüssel ist gültig, darf aber nicht auf diese Ressource zugreifen.</translation>
    </message>
    <message>
        <source>The server does not know this resource.</source>
        <translation>Der Server kennt diese Ressource nicht.</translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server.</source>
        <translation>Die Änderung steht im Konflikt mit dem aktuellen Stand auf dem Server.</translation>
    </message>
    <message>
        <source>The server is rate-limiting requests. Try again later.</source>
        <translation>Der Server begrenzt die Anfragerate. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server had an unexpected error.</source>
        <translation>Auf dem Server ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable.</source>
        <translation>Der Server ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection and the base URL.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Basis-URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The server reported a failure.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The reply to %1 could not be read.</source>
        <translation>Die Antwort auf %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Refused to send to %1: a non-local host must use HTTPS.</source>
        <translation>Senden an %1 verweigert: Ein nicht lokaler Host muss HTTPS verwenden.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request for %1 is incomplete: %2</source>
        <translation>Die Anfrage für %1 ist unvollständig: %2</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
</context>
<context>
    <name>ra::ApiJobTableModel</name>
    <message>
        <source>Update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>ra::ApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Edit API Key &quot;%1&quot;</source>
        <translation>API-Schlüssel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>API Key &quot;%1&quot;</source>
        <translation>API-Schlüssel „%1“</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Shown only when it was created</source>
        <translation>Wird nur bei der Erstellung angezeigt</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>The server does not say</source>
        <translation>Vom Server nicht angegeben</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Name: give the key a name, so its owner can tell it from others</source>
        <translation>Name: Geben Sie dem Schlüssel einen Namen, damit sein Besitzer ihn von anderen unterscheiden kann</translation>
    </message>
    <message>
        <source>Expires on: choose a time in the future</source>
        <translation>Läuft ab am: Wählen Sie einen Zeitpunkt in der Zukunft</translation>
    </message>
</context>
<context>
    <name>ra::ApiKeyTableModel</name>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>The key does not expire</source>
        <translation>Der Schlüssel läuft nicht ab</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ra::ApiLogEntryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ra::ApiLogPane</name>
    <message>
        <source>API Log</source>
        <translation>API-Protokoll</translation>
    </message>
    <message>
        <source>The API log could not be read: %1</source>
        <translation>Das API-Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The job&apos;s history could not be read: %1</source>
        <translation>Der Verlauf des Auftrags konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>History of job %1:</source>
        <translation>Verlauf von Auftrag %1:</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in the API log</source>
        <translation>
            <numerusform>%n Auftrag im API-Protokoll</numerusform>
            <numerusform>%n Aufträge im API-Protokoll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still running</source>
        <translation>
            <numerusform>, %n läuft noch</numerusform>
            <numerusform>, %n laufen noch</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Massenaufträge</translation>
    </message>
    <message>
        <source>Requests of this app</source>
        <translation>Anfragen dieser App</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Auftragsverlauf</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Select a job to see its history.</source>
        <translation>Wählen Sie einen Auftrag aus, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Loading the API log…</source>
        <translation>API-Protokoll wird geladen …</translation>
    </message>
    <message>
        <source>No jobs to show.</source>
        <translation>Keine Aufträge vorhanden.</translation>
    </message>
</context>
<context>
    <name>ra::Application</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;; using &quot;%2&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“; „%2“ wird verwendet.</translation>
    </message>
</context>
<context>
    <name>ra::AssignCommand</name>
    <message>
        <source>award %1 to %2</source>
        <translation>%1 an %2 verleihen</translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <source>give %1 to %2</source>
        <translation>%1 an %2 vergeben</translation>
    </message>
    <message>
        <source>take %1 from %2</source>
        <translation>%1 bei %2 entfernen</translation>
    </message>
    <message>
        <source>Usage: returning-admin assign --badge ID|NAME | --role ID|NAME [--remove]
                              [--server ID] --users FILE|- [options]

Gives (or with --remove takes away) one badge or role to every member of a
list, as one journaled job, and prints the report.

  --badge ID|NAME       The badge, by id or by its (unique) name.
  --role ID|NAME        The role, by id or by its (unique) name.
  --remove              Take the badge or role away instead.
  --server ID           The server (default: the community).
  --users FILE|-        Member ids, usernames or e-mails, one per line, or a CSV
                        file; - reads standard input.
  --column NAME|N       The CSV column to read (default: the one that looks
                        like e-mails, usernames or ids).
  --skip-bad            Send the good lines even when some are not members.
  --profile P           The saved connection profile to use.
  --base-url FAMILY=URL Base URL of an API family instead of a profile
                        (system, application, integration).
  --community ID        The community (default: the profile&apos;s).
  --system-key-file F   System key for the assignment calls (also
                        --system-key - or K); without it RA_SYSTEM_KEY is read.
  --key-file F          Integration key for looking usernames and e-mails up
                        (also --key - or K); without it RA_INTEGRATION_KEY.
  --max-in-flight N     Requests in flight at most (default %1; lowered by
                        itself while the server answers 429).
  --report FILE         Write the report as CSV.
  --journal-dir DIR     Where jobs are journaled (default: the app&apos;s).
  --restart             Forget an interrupted job of this list and start anew
                        (without it, a rerun resumes it and sends no one twice).
  --resume JOBID        Continue an unfinished job.
  --undo JOBID          Run the inverse of a finished job (what it did only).

Exit status: 0 every member done or already as asked, 1 some failed, not found
or not matched, 2 usage error or unreadable list, 3 key missing or refused,
4 unknown badge or role, 5 bad lines in the list.
</source>
        <translation>Aufruf: returning-admin assign --badge ID|NAME | --role ID|NAME [--remove]
                               [--server ID] --users FILE|- [Optionen]

Gibt jedem Mitglied einer Liste in einem protokollierten Auftrag ein Abzeichen
oder eine Rolle (mit --remove: entzieht es bzw. sie) und gibt den Bericht aus.

  --badge ID|NAME       Das Abzeichen, per ID oder per (eindeutigem) Namen.
  --role ID|NAME        Die Rolle, per ID oder per (eindeutigem) Namen.
  --remove              Das Abzeichen oder die Rolle stattdessen entziehen.
  --server ID           Der Server (Standard: die Community).
  --users FILE|-        Mitglieder-IDs, Benutzernamen oder E-Mail-Adressen,
                        eine pro Zeile, oder eine CSV-Datei; - liest die
                        Standardeingabe.
  --column NAME|N       Die zu lesende CSV-Spalte (Standard: die Spalte, die
                        nach E-Mail-Adressen, Benutzernamen oder IDs aussieht).
  --skip-bad            Die gültigen Zeilen senden, auch wenn einige keine
                        Mitglieder sind.
  --profile P           Das zu verwendende gespeicherte Verbindungsprofil.
  --base-url FAMILY=URL Basis-URL einer API-Familie statt eines Profils
                        (system, application, integration).
  --community ID        Die Community (Standard: die des Profils).
  --system-key-file F   System-Schlüssel für die Zuweisungsaufrufe (auch
                        --system-key - oder K); ohne ihn wird RA_SYSTEM_KEY
                        gelesen.
  --key-file F          Integration-Schlüssel zum Nachschlagen von
                        Benutzernamen und E-Mail-Adressen (auch --key - oder
                        K); ohne ihn RA_INTEGRATION_KEY.
  --max-in-flight N     Höchstzahl gleichzeitig laufender Anfragen (Standard
                        %1; wird automatisch gesenkt, solange der Server 429
                        antwortet).
  --report FILE         Den Bericht als CSV schreiben.
  --journal-dir DIR     Wo Aufträge protokolliert werden (Standard: der Ordner
                        der App).
  --restart             Einen unterbrochenen Auftrag dieser Liste verwerfen und
                        neu beginnen (ohne diese Option setzt ein erneuter
                        Aufruf ihn fort und sendet an niemanden doppelt).
  --resume JOBID        Einen nicht abgeschlossenen Auftrag fortsetzen.
  --undo JOBID          Die Umkehrung eines abgeschlossenen Auftrags ausführen
                        (nur dessen, was er tatsächlich getan hat).

Exit-Status: 0 alle Mitglieder erledigt oder bereits wie gewünscht, 1 einige
fehlgeschlagen, nicht gefunden oder nicht zugeordnet, 2 Aufruffehler oder
unlesbare Liste, 3 Schlüssel fehlt oder wurde abgelehnt, 4 unbekanntes
Abzeichen oder unbekannte Rolle, 5 ungültige Zeilen in der Liste.
</translation>
    </message>
    <message>
        <source>--max-in-flight takes 1 to %1, not &quot;%2&quot;</source>
        <translation>--max-in-flight erwartet 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown option %1 (see assign --help)</source>
        <translation>unbekannte Option %1 (siehe assign --help)</translation>
    </message>
    <message>
        <source>give one of --badge or --role</source>
        <translation>geben Sie --badge oder --role an</translation>
    </message>
    <message>
        <source>give the members with --users FILE (or - for standard input)</source>
        <translation>geben Sie die Mitglieder mit --users FILE an (oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>give --profile P (or --base-url system=URL)</source>
        <translation>geben Sie --profile P an (oder --base-url system=URL)</translation>
    </message>
    <message>
        <source>assign: %1</source>
        <translation>assign: %1</translation>
    </message>
    <message>
        <source>profiles are not available here</source>
        <translation>Profile sind hier nicht verfügbar</translation>
    </message>
    <message>
        <source>assign: cannot read standard input</source>
        <translation>assign: Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>assign: cannot read %1: %2</source>
        <translation>assign: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>assign: %1: %2</source>
        <translation>assign: %1: %2</translation>
    </message>
    <message>
        <source>assign: no system key: give --system-key-file F or --system-key -, or set RA_SYSTEM_KEY. Nothing was sent.</source>
        <translation>assign: kein System-Schlüssel: Geben Sie --system-key-file F oder --system-key - an oder setzen Sie RA_SYSTEM_KEY. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>assign: the list has usernames or e-mails, which are looked up through the Application API: give --base-url application=URL. Nothing was sent.</source>
        <translation>assign: Die Liste enthält Benutzernamen oder E-Mail-Adressen, die über die Application-API nachgeschlagen werden: Geben Sie --base-url application=URL an. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>assign: the list has usernames or e-mails, which are looked up with the integration key: give --key-file F or --key -, or set RA_INTEGRATION_KEY. Nothing was sent.</source>
        <translation>assign: Die Liste enthält Benutzernamen oder E-Mail-Adressen, die mit dem Integration-Schlüssel nachgeschlagen werden: Geben Sie --key-file F oder --key - an oder setzen Sie RA_INTEGRATION_KEY. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>assign: no community: give --community ID</source>
        <translation>assign: keine Community: Geben Sie --community ID an</translation>
    </message>
</context>
<context>
    <name>ra::AssignFlowDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Finding %1 members of %2 for %3…</source>
        <translation>Für %3 werden %1 Mitglieder gesucht (%2) …</translation>
    </message>
    <message>
        <source>no member has this id, username or e-mail</source>
        <translation>kein Mitglied hat diese ID, diesen Benutzernamen oder diese E-Mail-Adresse</translation>
    </message>
    <message>
        <source>matches members %1</source>
        <translation>passt zu den Mitgliedern %1</translation>
    </message>
    <message>
        <source>The job could not be started: %1</source>
        <translation>Der Auftrag konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Nothing failed, so there is nothing to retry.</source>
        <translation>Nichts ist fehlgeschlagen, daher gibt es nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>This job changed nothing, so there is nothing to undo.</source>
        <translation>Dieser Auftrag hat nichts geändert, daher gibt es nichts rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>ra::AssignItemKind</name>
    <message>
        <source>Award badge &quot;%1&quot;</source>
        <translation>Abzeichen „%1“ verleihen</translation>
    </message>
    <message>
        <source>Remove badge &quot;%1&quot;</source>
        <translation>Abzeichen „%1“ entfernen</translation>
    </message>
    <message>
        <source>Give role &quot;%1&quot;</source>
        <translation>Rolle „%1“ vergeben</translation>
    </message>
    <message>
        <source>Take away role &quot;%1&quot;</source>
        <translation>Rolle „%1“ entziehen</translation>
    </message>
</context>
<context>
    <name>ra::AssignJobView</name>
    <message>
        <source>The job&apos;s journal could not be written, so nothing more is sent: %1</source>
        <translation>Das Journal des Auftrags konnte nicht geschrieben werden, daher wird nichts mehr gesendet: %1</translation>
    </message>
    <message>
        <source>%1 of %2 handled · done %3 · already %4 · not found %5 · failed %6</source>
        <translation>%1 von %2 bearbeitet · erledigt: %3 · bereits: %4 · nicht gefunden: %5 · fehlgeschlagen: %6</translation>
    </message>
    <message>
        <source>%1/s · ETA %2 · %3 in flight</source>
        <translation>%1/s · Restzeit %2 · %3 unterwegs</translation>
    </message>
    <message>
        <source>Export report CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Export report CSV…</source>
        <translation>Bericht als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Undo this change</source>
        <translation>Diese Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Takes back what this job changed, as a job of its own with a report</source>
        <translation>Macht rückgängig, was dieser Auftrag geändert hat – als eigener Auftrag mit Bericht</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent; requests on the wire finish.</source>
        <translation>Pausiert: Es wird nichts Neues gesendet; bereits gesendete Anfragen laufen zu Ende.</translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests on the wire.</source>
        <translation>Wird gestoppt: Warten auf die bereits gesendeten Anfragen.</translation>
    </message>
    <message>
        <source>Stopped. The rest can be sent later: the app offers this job again at its next start.</source>
        <translation>Gestoppt. Der Rest kann später gesendet werden: Die App bietet diesen Auftrag beim nächsten Start erneut an.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Abgeschlossen.</translation>
    </message>
    <message>
        <source>done %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>already had it %1</source>
        <translation>bereits vorhanden: %1</translation>
    </message>
    <message>
        <source>not found %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
    <message>
        <source>not matched %1</source>
        <translation>nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>matched more than one member %1</source>
        <translation>passt zu mehreren Mitgliedern: %1</translation>
    </message>
    <message>
        <source>bad lines %1</source>
        <translation>ungültige Zeilen: %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not sent %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>Fehlschläge: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>took %1 · %2/s on average</source>
        <translation>Dauer %1 · durchschnittlich %2/s</translation>
    </message>
</context>
<context>
    <name>ra::AssignOutcome</name>
    <message>
        <source>%1 is not a badge or role assignment</source>
        <translation>%1 ist keine Zuweisung eines Abzeichens oder einer Rolle</translation>
    </message>
</context>
<context>
    <name>ra::AssignPanes</name>
    <message>
        <source>%1 now has %2 (%3).</source>
        <translation>%1 hat jetzt %2 (%3).</translation>
    </message>
    <message>
        <source>%1 no longer has %2 (%3).</source>
        <translation>%1 hat %2 nicht mehr (%3).</translation>
    </message>
    <message>
        <source>%1 already had %2 (%3).</source>
        <translation>%1 hatte %2 bereits (%3).</translation>
    </message>
    <message>
        <source>%1 did not hold %2 (%3).</source>
        <translation>%1 hatte %2 nicht (%3).</translation>
    </message>
    <message>
        <source>Could not change %1 for %2 (%3): %4</source>
        <translation>%1 konnte für %2 nicht geändert werden (%3): %4</translation>
    </message>
    <message>
        <source>Listing everyone the filter matches for %1…</source>
        <translation>Alle zum Filter passenden Mitglieder werden für %1 aufgelistet …</translation>
    </message>
    <message>
        <source>Listing everyone the filter matches: %1 of %2…</source>
        <translation>Alle zum Filter passenden Mitglieder werden aufgelistet: %1 von %2 …</translation>
    </message>
    <message>
        <source>Listing everyone the filter matches: %1…</source>
        <translation>Alle zum Filter passenden Mitglieder werden aufgelistet: %1 …</translation>
    </message>
    <message>
        <source>Could not list everyone the filter matches: %1</source>
        <translation>Die zum Filter passenden Mitglieder konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Interrupted Assignment</source>
        <translation>Unterbrochene Zuweisung</translation>
    </message>
    <message>
        <source>Handled: %1 of %2 (done %3, already %4, not found %5, failed %6); %7 were on the wire and will be checked first. Resume sends to the rest, none twice. Forget stops here and you are not asked again.</source>
        <translation>Bearbeitet: %1 von %2 (erledigt %3, bereits %4, nicht gefunden %5, fehlgeschlagen %6); %7 waren unterwegs und werden zuerst geprüft. „Fortsetzen“ sendet an die übrigen, an niemanden doppelt. „Verwerfen“ beendet den Vorgang hier, und Sie werden nicht erneut gefragt.</translation>
    </message>
    <message>
        <source>The assignment cannot be resumed: %1</source>
        <translation>Die Zuweisung kann nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <source>This change is no longer on the undo stack (Edit menu), so it cannot be undone from here.</source>
        <translation>Diese Änderung liegt nicht mehr im Rückgängig-Verlauf (Menü „Bearbeiten“) und kann daher hier nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Changes made after this one come first: undo them in the Users pane (Edit ▸ Undo, Ctrl+Z) before this one.</source>
        <translation>Später vorgenommene Änderungen kommen zuerst: Machen Sie diese im Bereich „Benutzer“ rückgängig (Bearbeiten ▸ Rückgängig, Strg+Z), bevor Sie diese hier rückgängig machen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) was interrupted before every member was handled.</source>
        <translation>„%1“ (%2) wurde unterbrochen, bevor alle Mitglieder bearbeitet waren.</translation>
    </message>
</context>
<context>
    <name>ra::AssignPreviewPage</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Angegeben als</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>no member has this id, username or e-mail</source>
        <translation>kein Mitglied hat diese ID, diesen Benutzernamen oder diese E-Mail-Adresse</translation>
    </message>
    <message>
        <source>matches members %1</source>
        <translation>passt zu den Mitgliedern %1</translation>
    </message>
    <message>
        <source>Award %1 to %2 members of %3?</source>
        <translation>%1 an %2 Mitglieder von %3 verleihen?</translation>
    </message>
    <message>
        <source>Give %1 to %2 members of %3?</source>
        <translation>%1 an %2 Mitglieder von %3 vergeben?</translation>
    </message>
    <message>
        <source>Award to %1</source>
        <translation>An %1 verleihen</translation>
    </message>
    <message>
        <source>Give to %1</source>
        <translation>An %1 vergeben</translation>
    </message>
    <message>
        <source>Remove %1 from %2 members of %3?</source>
        <translation>%1 bei %2 Mitgliedern von %3 entfernen?</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Bei %1 entfernen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Will get it: %1</source>
        <translation>Erhalten es: %1</translation>
    </message>
    <message>
        <source>Will lose it: %1</source>
        <translation>Verlieren es: %1</translation>
    </message>
    <message>
        <source>Already have it: %1 (known; not sent)</source>
        <translation>Haben es bereits: %1 (bekannt; nicht gesendet)</translation>
    </message>
    <message>
        <source>Do not hold it: %1 (known; not sent)</source>
        <translation>Haben es nicht: %1 (bekannt; nicht gesendet)</translation>
    </message>
    <message>
        <source>Already have it: not known before sending (the API lists no badges per member); the server&apos;s replies will tell, and the report counts them.</source>
        <translation>Haben es bereits: vor dem Senden nicht bekannt (die API listet keine Abzeichen pro Mitglied); die Antworten des Servers zeigen es, und der Bericht zählt sie mit.</translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation>Nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>Matched more than one member: %1 (not sent)</source>
        <translation>Passt zu mehreren Mitgliedern: %1 (nicht gesendet)</translation>
    </message>
    <message>
        <source>Lines that are not an id, username or e-mail: %1 (not sent)</source>
        <translation>Zeilen, die weder ID noch Benutzername noch E-Mail-Adresse sind: %1 (nicht gesendet)</translation>
    </message>
    <message>
        <source>Listed twice (sent once): %1</source>
        <translation>Doppelt aufgeführt (einmal gesendet): %1</translation>
    </message>
    <message>
        <source>Show not matched (%1)</source>
        <translation>Nicht zugeordnete anzeigen (%1)</translation>
    </message>
    <message>
        <source>Show matched more than one (%1)</source>
        <translation>Mehrfach zugeordnete anzeigen (%1)</translation>
    </message>
    <message>
        <source>Blank lines: %1 (skipped)</source>
        <translation>Leere Zeilen: %1 (übersprungen)</translation>
    </message>
    <message>
        <source>Repeated lines: %1 (sent once)</source>
        <translation>Wiederholte Zeilen: %1 (einmal gesendet)</translation>
    </message>
    <message>
        <source>Show lines left out (%1)</source>
        <translation>Ausgelassene Zeilen anzeigen (%1)</translation>
    </message>
</context>
<context>
    <name>ra::AssignReportModel</name>
    <message>
        <source>not matched</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>matched more than one member</source>
        <translation>passt zu mehreren Mitgliedern</translation>
    </message>
    <message>
        <source>not an id, username or e-mail</source>
        <translation>weder ID noch Benutzername noch E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Given as</source>
        <translation>Angegeben als</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Mitglieds-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Grund laut Server</translation>
    </message>
</context>
<context>
    <name>ra::AssignRun</name>
    <message>
        <source>assign: %1</source>
        <translation>assign: %1</translation>
    </message>
    <message>
        <source>job %1 has not finished; resume it first (--resume %1)</source>
        <translation>Auftrag %1 ist nicht abgeschlossen; setzen Sie ihn zuerst fort (--resume %1)</translation>
    </message>
    <message>
        <source>job %1 changed nothing, so there is nothing to undo</source>
        <translation>Auftrag %1 hat nichts geändert, daher gibt es nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undoing job %1: %2</source>
        <translation>Auftrag %1 wird rückgängig gemacht: %2</translation>
    </message>
    <message>
        <source>Resuming job %1: %2 (%3 of %4 members handled; %5 in doubt, checked first)</source>
        <translation>Auftrag %1 wird fortgesetzt: %2 (%3 von %4 Mitgliedern bearbeitet; %5 ungewiss, werden zuerst geprüft)</translation>
    </message>
    <message>
        <source>no role &quot;%1&quot; on server %2; its roles: %3</source>
        <translation>keine Rolle „%1“ auf Server %2; seine Rollen: %3</translation>
    </message>
    <message>
        <source>no badge &quot;%1&quot; on server %2; its badges: %3</source>
        <translation>kein Abzeichen „%1“ auf Server %2; seine Abzeichen: %3</translation>
    </message>
    <message>
        <source>%1 roles are named &quot;%2&quot;; give the id: %3</source>
        <translation>%1 Rollen heißen „%2“; geben Sie die ID an: %3</translation>
    </message>
    <message>
        <source>%1 badges are named &quot;%2&quot;; give the id: %3</source>
        <translation>%1 Abzeichen heißen „%2“; geben Sie die ID an: %3</translation>
    </message>
    <message>
        <source>the server refuses the system key (%1). Nothing was sent.</source>
        <translation>der Server lehnt den System-Schlüssel ab (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>cannot list the server&apos;s badges and roles (%1). Nothing was sent.</source>
        <translation>die Abzeichen und Rollen des Servers können nicht aufgelistet werden (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Starting anew (--restart): the interrupted job %1 is forgotten; members it handled are sent again and answered &quot;already&quot;.</source>
        <translation>Neubeginn (--restart): Der unterbrochene Auftrag %1 wird verworfen; bereits bearbeitete Mitglieder werden erneut gesendet und mit „bereits“ beantwortet.</translation>
    </message>
    <message>
        <source>Resuming the interrupted job %1 for this list (%2 of %3 members handled, %4 in doubt and checked first); no member is handled twice.</source>
        <translation>Der unterbrochene Auftrag %1 für diese Liste wird fortgesetzt (%2 von %3 Mitgliedern bearbeitet, %4 ungewiss, werden zuerst geprüft); kein Mitglied wird doppelt bearbeitet.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list are not members; nothing was sent (fix them, or send the rest with --skip-bad)</source>
        <translation>
            <numerusform>%n Zeile der Liste ist kein Mitglied; es wurde nichts gesendet (korrigieren Sie sie oder senden Sie den Rest mit --skip-bad)</numerusform>
            <numerusform>%n Zeilen der Liste sind keine Mitglieder; es wurde nichts gesendet (korrigieren Sie sie oder senden Sie den Rest mit --skip-bad)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; not matched: %3</source>
        <translation>Zeile %1: „%2“ nicht zugeordnet: %3</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; matched %3 members (%4); not sent</source>
        <translation>Zeile %1: „%2“ passt zu %3 Mitgliedern (%4); nicht gesendet</translation>
    </message>
    <message>
        <source>unknown until sent (the API lists no member&apos;s badges)</source>
        <translation>unbekannt bis zum Senden (die API listet keine Abzeichen eines Mitglieds)</translation>
    </message>
    <message>
        <source>%1: %2 member(s) to send, already as asked: %3, not matched: %4, matched more than one: %5</source>
        <translation>%1: %2 Mitglied(er) zu senden, bereits wie gewünscht: %3, nicht zugeordnet: %4, passt zu mehreren: %5</translation>
    </message>
    <message>
        <source>%1: %2 of %3 handled, %4/s, ETA %5 s, %6 in flight at most</source>
        <translation>%1: %2 von %3 bearbeitet, %4/s, Restzeit %5 s, höchstens %6 gleichzeitig unterwegs</translation>
    </message>
    <message>
        <source>Job %1 (journal %2)</source>
        <translation>Auftrag %1 (Journal %2)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; %3: %4</source>
        <translation>Zeile %1: „%2“ %3: %4</translation>
    </message>
    <message>
        <source>%1 (job %2): %3</source>
        <translation>%1 (Auftrag %2): %3</translation>
    </message>
    <message>
        <source>assign: the job stopped before every member was handled; run the same command again (or --resume %1) to finish it</source>
        <translation>assign: Der Auftrag wurde beendet, bevor alle Mitglieder bearbeitet waren; führen Sie denselben Befehl erneut aus (oder --resume %1), um ihn abzuschließen</translation>
    </message>
</context>
<context>
    <name>ra::AssignScope</name>
    <message>
        <source>Community: %1</source>
        <translation>Community: %1</translation>
    </message>
    <message>
        <source>Community: %1 · server: %2</source>
        <translation>Community: %1 · Server: %2</translation>
    </message>
</context>
<context>
    <name>ra::AssignTarget</name>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation>Rolle „%1“</translation>
    </message>
    <message>
        <source>badge &quot;%1&quot;</source>
        <translation>Abzeichen „%1“</translation>
    </message>
</context>
<context>
    <name>ra::BadgeDialog</name>
    <message>
        <source>New Badge</source>
        <translation>Neues Abzeichen</translation>
    </message>
    <message>
        <source>Edit Badge &quot;%1&quot;</source>
        <translation>Abzeichen „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Badge image (light theme)</source>
        <translation>Abzeichenbild (helles Design)</translation>
    </message>
    <message>
        <source>Badge image (dark theme)</source>
        <translation>Abzeichenbild (dunkles Design)</translation>
    </message>
    <message>
        <source> coins</source>
        <translation> Coins</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Image for the light theme:</source>
        <translation>Bild für das helle Design:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>Uploading &quot;%1&quot;…</source>
        <translation>„%1“ wird hochgeladen …</translation>
    </message>
    <message>
        <source>Could not upload &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht hochgeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::BadgeTableModel</name>
    <message>
        <source>%1 XP</source>
        <translation>%1 XP</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 coins</source>
        <translation>%1 Coins</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keins</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Awards XP</source>
        <translation>Vergibt XP</translation>
    </message>
    <message>
        <source>Awards currency</source>
        <translation>Vergibt Währung</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>The badge&apos;s quantity as the API gives it: a count, with no unit and no documented meaning.</source>
        <translation>Die Anzahl des Abzeichens, wie die API sie liefert: ein Zählwert ohne Einheit und ohne dokumentierte Bedeutung.</translation>
    </message>
</context>
<context>
    <name>ra::BadgesPane</name>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Search badges (Ctrl+F)</source>
        <translation>Abzeichen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search badges</source>
        <translation>Abzeichen durchsuchen</translation>
    </message>
    <message>
        <source>New badge</source>
        <translation>Neues Abzeichen</translation>
    </message>
    <message>
        <source>Edit badge</source>
        <translation>Abzeichen bearbeiten</translation>
    </message>
    <message>
        <source>Delete badge</source>
        <translation>Abzeichen löschen</translation>
    </message>
    <message>
        <source>Refresh badges</source>
        <translation>Abzeichen aktualisieren</translation>
    </message>
    <message>
        <source>Loading badges…</source>
        <translation>Abzeichen werden geladen …</translation>
    </message>
    <message>
        <source>The badges could not be loaded.</source>
        <translation>Die Abzeichen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This community has no badges yet. Press Ctrl+N to create one.</source>
        <translation>Diese Community hat noch keine Abzeichen. Drücken Sie Strg+N, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>Could not load the badges: %1</source>
        <translation>Die Abzeichen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not refresh the badges: %1 The table shows the last loaded list.</source>
        <translation>Die Abzeichen konnten nicht aktualisiert werden: %1 Die Tabelle zeigt die zuletzt geladene Liste.</translation>
    </message>
    <message>
        <source>Create badge &quot;%1&quot;</source>
        <translation>Abzeichen „%1“ erstellen</translation>
    </message>
    <message>
        <source>Edit badge &quot;%1&quot;</source>
        <translation>Abzeichen „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete Badge</source>
        <translation>Abzeichen löschen</translation>
    </message>
    <message>
        <source>Delete the badge &quot;%1&quot;?</source>
        <translation>Das Abzeichen „%1“ löschen?</translation>
    </message>
    <message>
        <source>Members who hold it lose it. Undo re-creates a badge with the same settings and image, but does not award it again.</source>
        <translation>Mitglieder, die es besitzen, verlieren es. „Rückgängig“ erstellt ein Abzeichen mit denselben Einstellungen und demselben Bild neu, verleiht es aber nicht erneut.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete badge &quot;%1&quot;</source>
        <translation>Abzeichen „%1“ löschen</translation>
    </message>
    <message>
        <source>Badges of %1</source>
        <translation>Abzeichen von %1</translation>
    </message>
</context>
<context>
    <name>ra::BulkAssignCommand</name>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>The job for &quot;%1&quot; could not be started.</source>
        <translation>Der Auftrag für „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 of %2 members were not changed (failed %3, not found %4, not sent %5); the job&apos;s report says why.</source>
        <translation>%1 von %2 Mitgliedern wurden nicht geändert (fehlgeschlagen: %3, nicht gefunden: %4, nicht gesendet: %5); der Bericht des Auftrags nennt die Gründe.</translation>
    </message>
</context>
<context>
    <name>ra::BulkItemState</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>unterwegs</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already as asked</source>
        <translation>bereits wie gewünscht</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ra::BulkJob</name>
    <message>
        <source>Job %1 belongs to %2 (community %3), not to the server connected now</source>
        <translation>Auftrag %1 gehört zu %2 (Community %3), nicht zum aktuell verbundenen Server</translation>
    </message>
    <message>
        <source>applied before the interruption (checked with the server)</source>
        <translation>vor der Unterbrechung angewendet (beim Server geprüft)</translation>
    </message>
    <message>
        <source>done (an earlier attempt whose reply was lost may have applied it): %1</source>
        <translation>erledigt (ein früherer Versuch, dessen Antwort verloren ging, hat es möglicherweise schon angewendet): %1</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>nach %1 Versuchen aufgegeben: %2</translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>ra::BulkJournal</name>
    <message>
        <source>item %1 does not exist</source>
        <translation>Element %1 existiert nicht</translation>
    </message>
    <message>
        <source>a result names no item or no state</source>
        <translation>ein Ergebnis nennt kein Element oder keinen Status</translation>
    </message>
    <message>
        <source>unknown record</source>
        <translation>unbekannter Eintrag</translation>
    </message>
    <message>
        <source>Cannot create the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The job journal is not open</source>
        <translation>Das Auftragsjournal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation>Das Auftragsjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the header names no job id or kind</source>
        <translation>die Kopfzeile nennt keine Auftrags-ID oder Art</translation>
    </message>
    <message>
        <source>The job journal %1 cannot be read at line %2: %3</source>
        <translation>Das Auftragsjournal %1 kann in Zeile %2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The job journal %1 is empty</source>
        <translation>Das Auftragsjournal %1 ist leer</translation>
    </message>
    <message>
        <source>The job journal %1 exists already</source>
        <translation>Das Auftragsjournal %1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>ra::BulkKinds</name>
    <message>
        <source>Unknown kind of bulk job &quot;%1&quot;</source>
        <translation>Unbekannte Art von Massenauftrag „%1“</translation>
    </message>
</context>
<context>
    <name>ra::BulkReport</name>
    <message>
        <source>Done %1 · already %2 · not found %3 · failed %4</source>
        <translation>Erledigt: %1 · bereits: %2 · nicht gefunden: %3 · fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source> · not sent %1</source>
        <translation> · nicht gesendet: %1</translation>
    </message>
    <message>
        <source> · not matched or bad %1</source>
        <translation> · nicht zugeordnet oder ungültig: %1</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::BulkResumeOffer</name>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>ra::CellProblem</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most 50 are allowed.</source>
        <translation>%1 hat %2 Zeichen; höchstens 50 sind erlaubt.</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; already appears in row %2.</source>
        <translation>Der Benutzername „%1“ kommt bereits in Zeile %2 vor.</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; already appears earlier in the file.</source>
        <translation>Der Benutzername „%1“ kommt bereits weiter oben in der Datei vor.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; already appears in row %2.</source>
        <translation>Die E-Mail-Adresse „%1“ kommt bereits in Zeile %2 vor.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; already appears earlier in the file.</source>
        <translation>Die E-Mail-Adresse „%1“ kommt bereits weiter oben in der Datei vor.</translation>
    </message>
    <message>
        <source>Role name(s) &quot;%1&quot; not found on the server (names are case-sensitive).</source>
        <translation>Rollenname(n) „%1“ auf dem Server nicht gefunden (Groß-/Kleinschreibung wird beachtet).</translation>
    </message>
    <message>
        <source>Tag name(s) &quot;%1&quot; not found on the server (names are case-sensitive).</source>
        <translation>Tag-Name(n) „%1“ auf dem Server nicht gefunden (Groß-/Kleinschreibung wird beachtet).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operation: use add, subtract or overwrite.</source>
        <translation>„%1“ ist keine Operation: Verwenden Sie add, subtract oder overwrite.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2.</source>
        <translation>Die Zeile hat %1 Zellen, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>The cell is not valid UTF-8: choose the file&apos;s encoding.</source>
        <translation>Die Zelle ist kein gültiges UTF-8: Wählen Sie die Kodierung der Datei.</translation>
    </message>
    <message>
        <source>Text follows the closing quote of this cell.</source>
        <translation>Auf das schließende Anführungszeichen dieser Zelle folgt noch Text.</translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; appears again in row %2.</source>
        <translation>Der Benutzername „%1“ kommt in Zeile %2 erneut vor.</translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; appears again in row %2.</source>
        <translation>Die E-Mail-Adresse „%1“ kommt in Zeile %2 erneut vor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number for the custom field %2.</source>
        <translation>„%1“ ist keine Zahl für das benutzerdefinierte Feld %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) for the custom field %2.</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT) für das benutzerdefinierte Feld %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (true, false, yes, no, 1 or 0) for the custom field %2.</source>
        <translation>„%1“ ist kein Ja/Nein-Wert (true, false, yes, no, 1 oder 0) für das benutzerdefinierte Feld %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of the custom field %2.</source>
        <translation>„%1“ ist keine der Optionen des benutzerdefinierten Felds %2.</translation>
    </message>
    <message>
        <source>The custom field %1 takes one line of at most %2 characters.</source>
        <translation>Das benutzerdefinierte Feld %1 erlaubt eine Zeile mit höchstens %2 Zeichen.</translation>
    </message>
    <message>
        <source>The custom field %1 takes at most %2 characters.</source>
        <translation>Das benutzerdefinierte Feld %1 erlaubt höchstens %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>ra::ChannelDialog</name>
    <message>
        <source>New Channel</source>
        <translation>Neuer Kanal</translation>
    </message>
    <message>
        <source>Edit Channel &quot;%1&quot;</source>
        <translation>Kanal „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ra::ChannelTableModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>ra::ChannelsPane</name>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Search channels (Ctrl+F)</source>
        <translation>Kanäle durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search channels</source>
        <translation>Kanäle durchsuchen</translation>
    </message>
    <message>
        <source>System API list</source>
        <translation>Liste der System-API</translation>
    </message>
    <message>
        <source>Integration API list</source>
        <translation>Liste der Integration-API</translation>
    </message>
    <message>
        <source>Channel list source</source>
        <translation>Quelle der Kanalliste</translation>
    </message>
    <message>
        <source>Which API lists the channels: the System &quot;get channels list&quot; or the Integration &quot;Get Channels List&quot;.</source>
        <translation>Welche API die Kanäle auflistet: „get channels list“ der System-API oder „Get Channels List“ der Integration-API.</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Neuer Kanal</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>Kanal bearbeiten</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Kanal löschen</translation>
    </message>
    <message>
        <source>Refresh channels</source>
        <translation>Kanäle aktualisieren</translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation>Kanal löschen</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>Kanäle werden geladen …</translation>
    </message>
    <message>
        <source>The channels could not be loaded.</source>
        <translation>Die Kanäle konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This server has no channels yet. Press Ctrl+N to create one.</source>
        <translation>Dieser Server hat noch keine Kanäle. Drücken Sie Strg+N, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>Could not refresh the channels: %1 The table shows the last loaded list.</source>
        <translation>Die Kanäle konnten nicht aktualisiert werden: %1 Die Tabelle zeigt die zuletzt geladene Liste.</translation>
    </message>
    <message>
        <source>Could not load the channels: %1</source>
        <translation>Die Kanäle konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Delete the channel &quot;%1&quot;?</source>
        <translation>Den Kanal „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its messages and the members&apos; access to it go with it. Undo re-creates a channel with the same topic and type, but not its messages.</source>
        <translation>Seine Nachrichten und der Zugang der Mitglieder zum Kanal gehen damit verloren. „Rückgängig“ erstellt einen Kanal mit demselben Thema und Typ neu, aber nicht seine Nachrichten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Create channel &quot;%1&quot;</source>
        <translation>Kanal „%1“ erstellen</translation>
    </message>
    <message>
        <source>Edit channel &quot;%1&quot;</source>
        <translation>Kanal „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete channel &quot;%1&quot;</source>
        <translation>Kanal „%1“ löschen</translation>
    </message>
    <message>
        <source>Channels of %1</source>
        <translation>Kanäle von %1</translation>
    </message>
</context>
<context>
    <name>ra::ChartExport</name>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern …</translation>
    </message>
    <message>
        <source>Save Chart as P&amp;DF…</source>
        <translation>Diagramm als P&amp;DF speichern …</translation>
    </message>
    <message>
        <source>Export Chart &amp;Data as CSV…</source>
        <translation>Diagrammdaten als &amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Es gibt keine Diagrammdaten zum Exportieren.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation>Die PDF-Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::ClientBinder</name>
    <message>
        <source>the keys of profile &quot;%1&quot; cannot be read. %2</source>
        <translation>die Schlüssel des Profils „%1“ können nicht gelesen werden. %2</translation>
    </message>
</context>
<context>
    <name>ra::ColumnChooser</name>
    <message>
        <source>Show All Columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
</context>
<context>
    <name>ra::ColumnMapping</name>
    <message>
        <source>Map an Email or a Username column: updates find users by them.</source>
        <translation>Ordnen Sie eine Spalte „Email“ oder „Username“ zu: Aktualisierungen finden Benutzer anhand dieser Spalten.</translation>
    </message>
    <message numerus="yes">
        <source>Map the required column(s): %1.</source>
        <translation>
            <numerusform>Ordnen Sie die erforderliche Spalte zu: %1.</numerusform>
            <numerusform>Ordnen Sie die erforderlichen Spalten zu: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::CommandCatalog</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>Bereich</translation>
    </message>
</context>
<context>
    <name>ra::CommandPalette</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s). Enter runs, Esc closes.</source>
        <translation>
            <numerusform>%n Befehl. Enter führt aus, Esc schließt.</numerusform>
            <numerusform>%n Befehle. Enter führt aus, Esc schließt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a command, pane, saved filter or member…</source>
        <translation>Befehl, Bereich, gespeicherten Filter oder Mitglied eingeben …</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Befehle durchsuchen</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
</context>
<context>
    <name>ra::CommandPaletteController</name>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette …</translation>
    </message>
    <message>
        <source>Find any command, pane, saved filter or recent member by name</source>
        <translation>Beliebige Befehle, Bereiche, gespeicherte Filter oder zuletzt ausgewählte Mitglieder nach Namen finden</translation>
    </message>
</context>
<context>
    <name>ra::CommunityOverview</name>
    <message>
        <source>the members</source>
        <translation>der Mitglieder</translation>
    </message>
    <message>
        <source>the members who joined in the week of %1</source>
        <translation>der Mitglieder, die in der Woche vom %1 beigetreten sind</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>the members with at least %1 XP</source>
        <translation>der Mitglieder mit mindestens %1 XP</translation>
    </message>
    <message>
        <source>the members with at least %1 coins</source>
        <translation>der Mitglieder mit mindestens %1 Coins</translation>
    </message>
    <message>
        <source>the members with %1 XP</source>
        <translation>der Mitglieder mit %1 XP</translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation>Die Anzahl %1 konnte nicht ermittelt werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::CommunityUserTableModel</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>ra::CommunityUsersView</name>
    <message>
        <source>Could not read the member again: %1</source>
        <translation>Das Mitglied konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Search members by username, e-mail or display name</source>
        <translation>Mitglieder nach Benutzername, E-Mail-Adresse oder Anzeigename durchsuchen</translation>
    </message>
    <message>
        <source>Search community members</source>
        <translation>Community-Mitglieder durchsuchen</translation>
    </message>
    <message>
        <source>Community members</source>
        <translation>Community-Mitglieder</translation>
    </message>
    <message>
        <source>Community members status</source>
        <translation>Status der Community-Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation>%1 von %2 Mitgliedern</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>Could not load the community members: %1</source>
        <translation>Die Community-Mitglieder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The same members as the Members tab, as the Application API lists them: ID here is the member&apos;s 24-character ObjectId, while the Members tab shows the numeric user id of the Integration API. Both name the same person; search here by username or e-mail to find a member from the other tab.</source>
        <translation>Dieselben Mitglieder wie im Reiter „Mitglieder“, so wie die Application-API sie auflistet: Die ID ist hier die 24-stellige ObjectId des Mitglieds, während der Reiter „Mitglieder“ die numerische Benutzer-ID der Integration-API zeigt. Beide bezeichnen dieselbe Person; suchen Sie hier nach Benutzername oder E-Mail-Adresse, um ein Mitglied aus dem anderen Reiter zu finden.</translation>
    </message>
</context>
<context>
    <name>ra::ConnectionsPane</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the new profile?</source>
        <translation>Das neue Profil verwerfen?</translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation>Ihre Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the connection profile “%1”?</source>
        <translation>Das Verbindungsprofil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its API keys are removed from the system keychain. This cannot be undone.</source>
        <translation>Seine API-Schlüssel werden aus dem Schlüsselbund des Systems entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation>Integriert, schreibgeschützt</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation>Profile filtern</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Make active</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>Make this profile active</source>
        <translation>Dieses Profil aktivieren</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Änderungen zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation>Profildetails</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>Konto &amp;verwalten …</translation>
    </message>
    <message>
        <source>Register, verify or log in to an account on the active profile; the login&apos;s session token manages members&apos; API keys</source>
        <translation>Bei einem Konto des aktiven Profils registrieren, die E-Mail-Adresse bestätigen oder anmelden; mit dem Sitzungstoken der Anmeldung werden die API-Schlüssel von Mitgliedern verwaltet</translation>
    </message>
</context>
<context>
    <name>ra::CountChart</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Point at a bar to see its count.</source>
        <translation>Zeigen Sie auf einen Balken, um seine Anzahl zu sehen.</translation>
    </message>
    <message>
        <source>%1: not counted yet</source>
        <translation>%1: noch nicht gezählt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n Mitglied</numerusform>
            <numerusform>%1: %n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Es gibt keine Diagrammdaten zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>ra::CountSeriesModel</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>ra::CreateUserDialog</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation>Benutzerdefiniertes Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove custom field</source>
        <translation>Benutzerdefiniertes Feld entfernen</translation>
    </message>
    <message>
        <source>Fill in first and last name, username, display name and e-mail.</source>
        <translation>Füllen Sie Vor- und Nachname, Benutzername, Anzeigename und E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>The user was not created: %1</source>
        <translation>Der Benutzer wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This community&apos;s fields:
%1</source>
        <translation>Die Felder dieser Community:
%1</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Benutzerdefiniertes Feld</translation>
    </message>
</context>
<context>
    <name>ra::CsvCheckCommand</name>
    <message>
        <source>unknown encoding %1</source>
        <translation>unbekannte Kodierung %1</translation>
    </message>
    <message>
        <source>--delimiter is one of , ; | tab</source>
        <translation>--delimiter ist eines von , ; | tab</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>name the CSV file to check</source>
        <translation>nennen Sie die zu prüfende CSV-Datei</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4
</source>
        <translation>Zeile %1, Spalte %2 (%3): %4
</translation>
    </message>
    <message>
        <source>Row %1: %2
</source>
        <translation>Zeile %1: %2
</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read as CSV: %2
</source>
        <translation>%1: kann nicht als CSV gelesen werden: %2
</translation>
    </message>
    <message>
        <source>%1: data rows: %2, rows with problems: %3, problems: %4. Encoding %5, delimiter %6.
</source>
        <translation>%1: Datenzeilen: %2, Zeilen mit Problemen: %3, Probleme: %4. Kodierung %5, Trennzeichen %6.
</translation>
    </message>
    <message>
        <source>Role and Tag names were not checked (give --profile to check roles).
</source>
        <translation>Rollen- und Tag-Namen wurden nicht geprüft (geben Sie --profile an, um Rollen zu prüfen).
</translation>
    </message>
    <message>
        <source>csv-check: %1 (see csv-check --help)
</source>
        <translation>csv-check: %1 (siehe csv-check --help)
</translation>
    </message>
    <message>
        <source>csv-check: profiles are not available here
</source>
        <translation>csv-check: Profile sind hier nicht verfügbar
</translation>
    </message>
    <message>
        <source>csv-check: %1
</source>
        <translation>csv-check: %1
</translation>
    </message>
    <message>
        <source>csv-check: cannot read the server&apos;s roles: %1
</source>
        <translation>csv-check: Die Rollen des Servers können nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <source>Usage: returning-admin csv-check FILE [options]

Reads and validates a bulk import (or update) CSV without sending it.
Exit 0 when clean, 1 when problems were found, 2 when the file cannot be
read as CSV: not a text file (NUL or control bytes in its first %3 KiB),
a quoted cell never closed, or a row over the limits of %L1 bytes or
%L2 cells.

Options:
  --update           Check against the Bulk Update template.
  --json             Print the report as one JSON object.
  --print-rows       Print the rows as read (JSON array of arrays, header
                     first) on stdout; the report goes to stderr.
  --encoding E       utf-8, utf-16le, utf-16be, windows-1252 or latin1
                     (default: detected).
  --delimiter D      , ; | or tab (default: sniffed).
  --profile P        Check Role names against the server of profile P.
  --key-file F       Read the System key from the first line of F
                     (default: RA_SYSTEM_KEY); --key - reads it from
                     standard input, --key K takes it as is (visible to
                     other users of the machine).
  --community ID     The community (default: the profile&apos;s).
</source>
        <translation>Aufruf: returning-admin csv-check FILE [Optionen]

Liest und prüft eine CSV-Datei für einen Massenimport (oder eine
Massenaktualisierung), ohne sie zu senden. Exit-Status 0, wenn alles in Ordnung
ist, 1, wenn Probleme gefunden wurden, 2, wenn die Datei nicht als CSV gelesen
werden kann: keine Textdatei (NUL- oder Steuerbytes in den ersten %3 KiB), eine
nie geschlossene Zelle in Anführungszeichen oder eine Zeile über den Grenzen
von %L1 Bytes oder %L2 Zellen.

Optionen:
  --update           Gegen die Vorlage der Massenaktualisierung (Bulk Update)
                     prüfen.
  --json             Den Bericht als ein einziges JSON-Objekt ausgeben.
  --print-rows       Die Zeilen wie gelesen auf stdout ausgeben (JSON-Array von
                     Arrays, Kopfzeile zuerst); der Bericht geht an stderr.
  --encoding E       utf-8, utf-16le, utf-16be, windows-1252 oder latin1
                     (Standard: automatisch erkannt).
  --delimiter D      , ; | oder tab (Standard: automatisch ermittelt).
  --profile P        Rollennamen gegen den Server des Profils P prüfen.
  --key-file F       Den System-Schlüssel aus der ersten Zeile von F lesen
                     (Standard: RA_SYSTEM_KEY); --key - liest ihn von der
                     Standardeingabe, --key K übernimmt ihn direkt (für andere
                     Benutzer des Rechners sichtbar).
  --community ID     Die Community (Standard: die des Profils).
</translation>
    </message>
    <message>
        <source>--key, --key-file and --community need --profile</source>
        <translation>--key, --key-file und --community erfordern --profile</translation>
    </message>
</context>
<context>
    <name>ra::CsvColumnDialog</name>
    <message>
        <source>Give %1 to the members in %2</source>
        <translation>%1 an die Mitglieder in %2 vergeben</translation>
    </message>
    <message>
        <source>Which column holds the members (usernames, e-mails or ids)? Nothing is sent before you see what will happen.</source>
        <translation>Welche Spalte enthält die Mitglieder (Benutzernamen, E-Mail-Adressen oder IDs)? Es wird nichts gesendet, bevor Sie sehen, was geschehen wird.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: that is not a member list.</source>
        <translation>%1 ist größer als %2 MB: Das ist keine Mitgliederliste.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message>
        <source>%1 members in this column.</source>
        <translation>%1 Mitglieder in dieser Spalte.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be used and will not be sent: %1</source>
        <translation>
            <numerusform>%n Zeile ist unbrauchbar und wird nicht gesendet: %1</numerusform>
            <numerusform>%n Zeilen sind unbrauchbar und werden nicht gesendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a column&apos;s header to take its members</source>
        <translation>Klicken Sie auf den Kopf einer Spalte, um deren Mitglieder zu übernehmen</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The members are taken from this column</source>
        <translation>Die Mitglieder werden aus dieser Spalte übernommen</translation>
    </message>
</context>
<context>
    <name>ra::CsvDialect</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (Little Endian)</translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation>UTF-16 (Big Endian)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Character %1</source>
        <translation>Zeichen %1</translation>
    </message>
</context>
<context>
    <name>ra::CsvError</name>
    <message>
        <source>a quoted field is never closed (it runs to the end of the file)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (es reicht bis zum Dateiende)</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds in Anführungszeichen</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8 (choose another encoding?)</source>
        <translation>die Bytes sind kein gültiges UTF-8 (eine andere Kodierung wählen?)</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>Row %1, column %2 (line %3): %4</source>
        <translation>Zeile %1, Spalte %2 (Dateizeile %3): %4</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Zeile %1 (Dateizeile %2): %3</translation>
    </message>
    <message>
        <source>the row is longer than %L1 bytes, the limit of one row; the quoted cell in this column is not closed within that (is a closing quote missing?)</source>
        <translation>die Zeile ist länger als %L1 Bytes, die Grenze für eine Zeile; die Zelle in Anführungszeichen in dieser Spalte wird innerhalb dieser Länge nicht geschlossen (fehlt ein schließendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>the row is longer than %L1 bytes, the limit of one row</source>
        <translation>die Zeile ist länger als %L1 Bytes, die Grenze für eine Zeile</translation>
    </message>
    <message>
        <source>the row has more than %L1 cells, the limit of one row</source>
        <translation>die Zeile hat mehr als %L1 Zellen, die Grenze für eine Zeile</translation>
    </message>
    <message>
        <source>the file is not a text file (it contains NUL or control bytes; an image, a workbook or an archive?). Save it as CSV and choose that file.</source>
        <translation>die Datei ist keine Textdatei (sie enthält NUL- oder Steuerbytes; ein Bild, eine Arbeitsmappe oder ein Archiv?). Speichern Sie sie als CSV und wählen Sie diese Datei.</translation>
    </message>
</context>
<context>
    <name>ra::CsvExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation>Der Export nach %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The table changed while exporting to %1; nothing was written.</source>
        <translation>Die Tabelle hat sich während des Exports nach %1 geändert; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ra::CsvPreviewModel</name>
    <message>
        <source>%1 (ignored)</source>
        <translation>%1 (ignoriert)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation>Die Spalte „%1“ wird nicht importiert.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; feeds the template column &quot;%2&quot;.</source>
        <translation>Die Spalte „%1“ füllt die Vorlagenspalte „%2“.</translation>
    </message>
    <message>
        <source>Skipped: this row is not sent.</source>
        <translation>Übersprungen: Diese Zeile wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Why the row cannot be sent as it is, or that you skipped it.</source>
        <translation>Warum die Zeile so nicht gesendet werden kann oder dass Sie sie übersprungen haben.</translation>
    </message>
</context>
<context>
    <name>ra::CustomFieldsView</name>
    <message>
        <source>not defined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
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
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>The member&apos;s custom fields, typed by the community&apos;s field definitions.</source>
        <translation>Die benutzerdefinierten Felder des Mitglieds, typisiert nach den Felddefinitionen der Community.</translation>
    </message>
</context>
<context>
    <name>ra::DetailTable</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Select a server to see its list.</source>
        <translation>Wählen Sie einen Server aus, um seine Liste zu sehen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>Die Liste konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>ra::DiscardGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes have not been saved.</source>
        <translation>Die Änderungen wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ra::DurationText</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>ra::EmbeddedSandbox</name>
    <message>
        <source>Cannot create the folder %1 for the local sandbox&apos;s data.</source>
        <translation>Der Ordner %1 für die Daten der lokalen Sandbox kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot lock %1 for the local sandbox&apos;s data.</source>
        <translation>%1 kann für die Daten der lokalen Sandbox nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Cannot delete %1 to start a new demo community.</source>
        <translation>%1 kann nicht gelöscht werden, um eine neue Demo-Community zu starten.</translation>
    </message>
</context>
<context>
    <name>ra::EntityPane</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>%1 (Ctrl+N)</source>
        <translation>%1 (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>%1 (F2 or Enter)</source>
        <translation>%1 (F2 oder Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>%1 (Delete)</source>
        <translation>%1 (Entf)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>%1 (F5)</source>
        <translation>%1 (F5)</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1: Status</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message>
        <source>Could not do &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>The step stays in the undo history; Undo tries again.</source>
        <translation>Der Schritt bleibt im Rückgängig-Verlauf; „Rückgängig“ versucht es erneut.</translation>
    </message>
    <message>
        <source>Nothing was changed; Redo tries again.</source>
        <translation>Es wurde nichts geändert; „Wiederherstellen“ versucht es erneut.</translation>
    </message>
    <message>
        <source>Editing in place: Enter saves, Esc cancels</source>
        <translation>Direktbearbeitung: Enter speichert, Esc bricht ab</translation>
    </message>
    <message>
        <source>Edit in place (F2)</source>
        <translation>Direkt bearbeiten (F2)</translation>
    </message>
    <message>
        <source>Change on production</source>
        <translation>Änderung in der Produktion</translation>
    </message>
    <message>
        <source>The active profile is marked production: the change is sent to the live community at once. Undo sends the old value back.</source>
        <translation>Das aktive Profil ist als Produktion gekennzeichnet: Die Änderung wird sofort an die Live-Community gesendet. „Rückgängig“ sendet den alten Wert zurück.</translation>
    </message>
    <message>
        <source>Send change</source>
        <translation>Änderung senden</translation>
    </message>
    <message>
        <source>Waiting for the connection…</source>
        <translation>Warten auf die Verbindung …</translation>
    </message>
    <message>
        <source>%1 (Enter or Shift+F2)</source>
        <translation>%1 (Enter oder Umschalt+F2)</translation>
    </message>
</context>
<context>
    <name>ra::FailedRowsModel</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation>Zeile in Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation>Gesendete Daten</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryAction</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Show how this field of the member changed over time</source>
        <translation>Zeigen, wie sich dieses Feld des Mitglieds im Lauf der Zeit geändert hat</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryChart</name>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Es gibt keine Diagrammdaten zum Exportieren.</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole range (Ctrl+0, or double-click the chart)</source>
        <translation>Den gesamten Zeitraum anzeigen (Strg+0 oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <source>Wheel: zoom the time axis. Drag: move. Double-click: reset.</source>
        <translation>Mausrad: Zeitachse zoomen. Ziehen: verschieben. Doppelklick: zurücksetzen.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Point at a change to see its value.</source>
        <translation>Zeigen Sie auf eine Änderung, um ihren Wert zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>Feldverlauf</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Choose a member and a number or date field to chart.</source>
        <translation>Wählen Sie ein Mitglied und ein Zahlen- oder Datumsfeld für das Diagramm aus.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No history for this member and field.</source>
        <translation>Kein Verlauf für dieses Mitglied und dieses Feld.</translation>
    </message>
    <message>
        <source>Only number and date fields are charted.</source>
        <translation>Nur Zahlen- und Datumsfelder werden als Diagramm dargestellt.</translation>
    </message>
    <message>
        <source>Showing the first %L1 changes.</source>
        <translation>Die ersten %L1 Änderungen werden angezeigt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryModel</name>
    <message>
        <source>Member created</source>
        <translation>Mitglied erstellt</translation>
    </message>
    <message>
        <source>Bulk update</source>
        <translation>Massenaktualisierung</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Massenimport</translation>
    </message>
    <message>
        <source>Entry added</source>
        <translation>Eintrag hinzugefügt</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo-Daten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert durch</translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryPane</name>
    <message>
        <source>Field History</source>
        <translation>Feldverlauf</translation>
    </message>
    <message>
        <source>The fields could not be read: %1</source>
        <translation>Die Felder konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Feld:</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>Any member (id, e-mail or username)</source>
        <translation>Beliebiges Mitglied (ID, E-Mail-Adresse oder Benutzername)</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation>Eintrag &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Record a value of a member&apos;s field</source>
        <translation>Einen Wert für ein Feld eines Mitglieds erfassen</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Field history</source>
        <translation>Feldverlauf</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), %L1 shown</source>
        <translation>
            <numerusform>%Ln Änderung, %L1 angezeigt</numerusform>
            <numerusform>%Ln Änderungen, %L1 angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>%Ln Änderung angezeigt</numerusform>
            <numerusform>%Ln Änderungen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart this member&apos;s field over time</source>
        <translation>Dieses Feld des Mitglieds im Zeitverlauf als Diagramm darstellen</translation>
    </message>
    <message>
        <source>Choose a member and a number or date field to chart</source>
        <translation>Wählen Sie ein Mitglied und ein Zahlen- oder Datumsfeld für das Diagramm aus</translation>
    </message>
    <message>
        <source>Recorded %1 = %2 for %3.</source>
        <translation>%1 = %2 für %3 erfasst.</translation>
    </message>
</context>
<context>
    <name>ra::GamificationChart</name>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the whole range (Ctrl+0, or double-click the chart)</source>
        <translation>Den gesamten Zeitraum anzeigen (Strg+0 oder Doppelklick auf das Diagramm)</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Wheel: zoom the dates. Drag: move. Double-click: reset.</source>
        <translation>Mausrad: Zeitachse zoomen. Ziehen: verschieben. Doppelklick: zurücksetzen.</translation>
    </message>
    <message>
        <source>Point at a day to see its values.</source>
        <translation>Zeigen Sie auf einen Tag, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation>Es gibt keine Diagrammdaten zum Exportieren.</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
</context>
<context>
    <name>ra::GamificationSeriesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Coins</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Socials</source>
        <translation>Social-Aktionen</translation>
    </message>
    <message>
        <source>%L1 XP</source>
        <translation>%L1 XP</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coin(s)</source>
        <translation>
            <numerusform>%Ln Coin</numerusform>
            <numerusform>%Ln Coins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln Nachricht</numerusform>
            <numerusform>%Ln Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln Antwort</numerusform>
            <numerusform>%Ln Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln Reaktion</numerusform>
            <numerusform>%Ln Reaktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln social(s)</source>
        <translation>
            <numerusform>%Ln Social-Aktion</numerusform>
            <numerusform>%Ln Social-Aktionen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::HoldingChip</name>
    <message>
        <source>×</source>
        <comment>remove a role or badge chip</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>Take the role &quot;%1&quot; away (Delete)</source>
        <translation>Rolle „%1“ entziehen (Entf)</translation>
    </message>
    <message>
        <source>Remove the badge &quot;%1&quot; (Delete)</source>
        <translation>Abzeichen „%1“ entfernen (Entf)</translation>
    </message>
    <message>
        <source>Delete, or drag it out of the panel, to remove it</source>
        <translation>Zum Entfernen Entf drücken oder aus dem Bereich ziehen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>ra::HoldingChips</name>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation>Abzeichen:</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No roles on this server.</source>
        <translation>Keine Rollen auf diesem Server.</translation>
    </message>
    <message>
        <source>Known from award replies in this session; the API lists no badges per member.</source>
        <translation>Bekannt aus Antworten auf Verleihungen in dieser Sitzung; die API listet keine Abzeichen pro Mitglied.</translation>
    </message>
    <message>
        <source>Not known: the API lists no badges per member. Badges show here once an award reply in this session names them.</source>
        <translation>Nicht bekannt: Die API listet keine Abzeichen pro Mitglied. Abzeichen erscheinen hier, sobald eine Antwort auf eine Verleihung in dieser Sitzung sie nennt.</translation>
    </message>
</context>
<context>
    <name>ra::ImageCache</name>
    <message>
        <source>Not a web address: %1</source>
        <translation>Keine Webadresse: %1</translation>
    </message>
    <message>
        <source>Refused to load an image over plain http from %1.</source>
        <translation>Laden eines Bildes über unverschlüsseltes HTTP von %1 verweigert.</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Kein Netzwerkzugriff.</translation>
    </message>
    <message>
        <source>The image is larger than %1 MB.</source>
        <translation>Das Bild ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>Could not download the image: %1</source>
        <translation>Das Bild konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The file at %1 is not an image this program can show.</source>
        <translation>Die Datei unter %1 ist kein Bild, das dieses Programm anzeigen kann.</translation>
    </message>
</context>
<context>
    <name>ra::ImageDropWidget</name>
    <message>
        <source>No image. Drop a PNG, JPEG, GIF, WebP or BMP file here (at most %1 MB) or choose one.</source>
        <translation>Kein Bild. Legen Sie hier eine PNG-, JPEG-, GIF-, WebP- oder BMP-Datei ab (höchstens %1 MB) oder wählen Sie eine aus.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation>Bilddatei auswählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation>Bildvorschau</translation>
    </message>
    <message>
        <source>Drop an image file here (at most %1 MB).</source>
        <translation>Legen Sie hier eine Bilddatei ab (höchstens %1 MB).</translation>
    </message>
    <message>
        <source>Current image (loading…): %1</source>
        <translation>Aktuelles Bild (wird geladen …): %1</translation>
    </message>
    <message>
        <source>Current image: %1</source>
        <translation>Aktuelles Bild: %1</translation>
    </message>
    <message>
        <source>Uploaded: %1</source>
        <translation>Hochgeladen: %1</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4), uploaded when you save.</source>
        <translation>%1 (%2 × %3, %4), wird beim Speichern hochgeladen.</translation>
    </message>
    <message>
        <source>Choose Badge Image</source>
        <translation>Abzeichenbild auswählen</translation>
    </message>
</context>
<context>
    <name>ra::ImageFile</name>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation>„%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; an image may be at most %3 MB.</source>
        <translation>„%1“ ist %2 groß; ein Bild darf höchstens %3 MB groß sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG, GIF, WebP or BMP image.</source>
        <translation>„%1“ ist kein PNG-, JPEG-, GIF-, WebP- oder BMP-Bild.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation>„%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>ra::ImageUpload</name>
    <message>
        <source>The upload answered without an image URL.</source>
        <translation>Die Antwort auf den Upload enthielt keine Bild-URL.</translation>
    </message>
</context>
<context>
    <name>ra::ImportCommand</name>
    <message>
        <source>%1 takes a positive number, not &quot;%2&quot;</source>
        <translation>%1 erwartet eine positive Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>unknown option %1 (see import --help)</source>
        <translation>unbekannte Option %1 (siehe import --help)</translation>
    </message>
    <message>
        <source>give one file, not &quot;%1&quot; too</source>
        <translation>geben Sie nur eine Datei an, nicht auch „%1“</translation>
    </message>
    <message>
        <source>name the CSV file to import</source>
        <translation>nennen Sie die zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>give --profile P (or --base-url integration=URL)</source>
        <translation>geben Sie --profile P an (oder --base-url integration=URL)</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>profiles are not available here</source>
        <translation>Profile sind hier nicht verfügbar</translation>
    </message>
    <message>
        <source>import: no community: give --community ID</source>
        <translation>import: keine Community: Geben Sie --community ID an</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows processed, %4 created, %5 updated, %6 failed, %7 rows/s</source>
        <translation>%1: %2 von %3 Zeilen verarbeitet, %4 erstellt, %5 aktualisiert, %6 fehlgeschlagen, %7 Zeilen/s</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>ganze Zeile</translation>
    </message>
    <message numerus="yes">
        <source>import: %n row(s) have problems</source>
        <translation>
            <numerusform>import: %n Zeile hat Probleme</numerusform>
            <numerusform>import: %n Zeilen haben Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>; sending anyway (--force)</source>
        <translation>; wird trotzdem gesendet (--force)</translation>
    </message>
    <message>
        <source>; nothing sent (fix them, or use --force)</source>
        <translation>; nichts gesendet (korrigieren Sie sie oder verwenden Sie --force)</translation>
    </message>
    <message>
        <source>failed row %1: %2</source>
        <translation>fehlgeschlagene Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird gesendet …</numerusform>
            <numerusform>%n Zeilen werden gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>import: %1 cannot be read as CSV: %2</source>
        <translation>import: %1 kann nicht als CSV gelesen werden: %2</translation>
    </message>
    <message>
        <source>Starting %1 anew (--restart): the interrupted import started %2 is forgotten; rows it sent may be sent again.</source>
        <translation>%1 wird neu begonnen (--restart): Der unterbrochene Import (gestartet %2) wird verworfen; bereits gesendete Zeilen werden möglicherweise erneut gesendet.</translation>
    </message>
    <message>
        <source>import: %1 changed since its interrupted import started %2 (%3 of %4 rows were handed to the server). Nothing was sent. Rerun with --restart to send the file as it is now.</source>
        <translation>import: %1 hat sich geändert, seit sein unterbrochener Import begann (gestartet %2; %3 von %4 Zeilen wurden an den Server übergeben). Es wurde nichts gesendet. Führen Sie den Befehl mit --restart erneut aus, um die Datei in ihrem jetzigen Zustand zu senden.</translation>
    </message>
    <message>
        <source>import: the server refuses the integration key (%1). Nothing was sent.</source>
        <translation>import: Der Server lehnt den Integration-Schlüssel ab (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>import: cannot read the server&apos;s API log, so the import could not be followed (%1). Nothing was sent.</source>
        <translation>import: Das API-Protokoll des Servers kann nicht gelesen werden, daher ließe sich der Import nicht verfolgen (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Resuming the interrupted import of %1 started %2 (%3 of %4 rows had been handed over); rows that reached the server are not sent again.</source>
        <translation>Der unterbrochene Import von %1 (gestartet %2) wird fortgesetzt (%3 von %4 Zeilen waren übergeben); Zeilen, die den Server erreicht haben, werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>import: cannot resume: %1</source>
        <translation>import: Fortsetzen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Usage: returning-admin import FILE [--update] --profile P [--community ID]

Validates FILE like csv-check, sends it through Bulk Import (or Bulk Update
with --update) and follows the job(s) in the API log until done.

  --update              Update existing users instead of creating new ones.
  --profile P           The saved connection profile to use.
  --community ID        The community (default: the profile&apos;s).
  --key-file F          Read the integration key from the first line of F;
                        without it RA_INTEGRATION_KEY is read.
  --key -               Read the integration key from standard input.
  --key K               The integration key itself (other users of the
                        machine can see it: prefer the two above).
  --system-key-file F   System key for checking role names (also
                        --system-key - or K); without it RA_SYSTEM_KEY
                        is read (none: role names are not checked).
  --base-url FAMILY=URL Base URL of an API family instead of a profile
                        (integration, system, application).
  --force               Send even when rows have problems.
  --restart             Forget an interrupted import of FILE and send it
                        anew (without it, a rerun resumes where the
                        interrupted one stopped and sends no row twice).
  --journal FILE        Journal file (default: the app&apos;s).
  --max-chunk-bytes N   Upload at most N bytes per job.

Exit status: 0 all rows succeeded, 1 rows had problems or failed,
2 usage error or unreadable file, 3 the key is missing or refused.
</source>
        <translation>Aufruf: returning-admin import FILE [--update] --profile P [--community ID]

Prüft FILE wie csv-check, sendet die Datei über Bulk Import (oder mit --update
über Bulk Update) und verfolgt den oder die Aufträge im API-Protokoll bis zum
Abschluss.

  --update              Vorhandene Benutzer aktualisieren, statt neue zu
                        erstellen.
  --profile P           Das zu verwendende gespeicherte Verbindungsprofil.
  --community ID        Die Community (Standard: die des Profils).
  --key-file F          Den Integration-Schlüssel aus der ersten Zeile von F
                        lesen; ohne diese Option wird RA_INTEGRATION_KEY
                        gelesen.
  --key -               Den Integration-Schlüssel von der Standardeingabe
                        lesen.
  --key K               Der Integration-Schlüssel selbst (andere Benutzer des
                        Rechners können ihn sehen: besser eine der beiden
                        Varianten oben).
  --system-key-file F   System-Schlüssel zum Prüfen von Rollennamen (auch
                        --system-key - oder K); ohne ihn wird RA_SYSTEM_KEY
                        gelesen (keiner: Rollennamen werden nicht geprüft).
  --base-url FAMILY=URL Basis-URL einer API-Familie statt eines Profils
                        (integration, system, application).
  --force               Auch senden, wenn Zeilen Probleme haben.
  --restart             Einen unterbrochenen Import von FILE verwerfen und die
                        Datei neu senden (ohne diese Option setzt ein erneuter
                        Aufruf dort fort, wo der unterbrochene aufgehört hat,
                        und sendet keine Zeile doppelt).
  --journal FILE        Journaldatei (Standard: die der App).
  --max-chunk-bytes N   Höchstens N Bytes pro Auftrag hochladen.

Exit-Status: 0 alle Zeilen erfolgreich, 1 Zeilen hatten Probleme oder sind
fehlgeschlagen, 2 Aufruffehler oder unlesbare Datei, 3 der Schlüssel fehlt oder
wurde abgelehnt.
</translation>
    </message>
    <message>
        <source>only one key can come from standard input</source>
        <translation>nur ein Schlüssel kann von der Standardeingabe kommen</translation>
    </message>
    <message numerus="yes">
        <source>%1. By the server&apos;s count, of %2 rows: %3 created, %4 updated, %5 failed, %6 unconfirmed, %7 not sent (%n job(s)).</source>
        <translation>
            <numerusform>%1. Nach Zählung des Servers, von %2 Zeilen: %3 erstellt, %4 aktualisiert, %5 fehlgeschlagen, %6 unbestätigt, %7 nicht gesendet (%n Auftrag).</numerusform>
            <numerusform>%1. Nach Zählung des Servers, von %2 Zeilen: %3 erstellt, %4 aktualisiert, %5 fehlgeschlagen, %6 unbestätigt, %7 nicht gesendet (%n Aufträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>import: no integration key: give --key-file F or --key -, or set RA_INTEGRATION_KEY. Nothing was sent.</source>
        <translation>import: kein Integration-Schlüssel: Geben Sie --key-file F oder --key - an oder setzen Sie RA_INTEGRATION_KEY. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>ra::ImportDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Das Lesen der Datei wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Could not write the rows: %1</source>
        <translation>Die Zeilen konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are not available (the file is not fully read).</source>
        <translation>Die Zeilen %1 bis %2 sind nicht verfügbar (die Datei ist nicht vollständig gelesen).</translation>
    </message>
    <message>
        <source>The file ended before row %1: was it changed on disk?</source>
        <translation>Die Datei endete vor Zeile %1: Wurde sie auf dem Datenträger geändert?</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
</context>
<context>
    <name>ra::ImportDryRunPage</name>
    <message>
        <source>Optional: check which users already exist before sending.</source>
        <translation>Optional: Vor dem Senden prüfen, welche Benutzer bereits existieren.</translation>
    </message>
    <message>
        <source>Checked %1 of %2 rows so far.</source>
        <translation>Bisher %1 von %2 Zeilen geprüft.</translation>
    </message>
    <message>
        <source>All %1 rows checked.</source>
        <translation>Alle %1 Zeilen geprüft.</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows.</source>
        <translation>Nach %1 von %2 Zeilen angehalten.</translation>
    </message>
    <message>
        <source>Would be updated: %1. Not on the server, would fail: %2.</source>
        <translation>Würden aktualisiert: %1. Nicht auf dem Server, würden fehlschlagen: %2.</translation>
    </message>
    <message>
        <source>Would be created: %1. Already on the server, would fail: %2.</source>
        <translation>Würden erstellt: %1. Bereits auf dem Server, würden fehlschlagen: %2.</translation>
    </message>
    <message>
        <source>Without Email or Username: %1.</source>
        <translation>Ohne Email oder Username: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed: %1</source>
        <translation>
            <numerusform>%n Abfrage fehlgeschlagen: %1</numerusform>
            <numerusform>%n Abfragen fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Nothing is sent yet. Optionally ask the server which users already exist.</source>
        <translation>Es wird noch nichts gesendet. Fragen Sie optional beim Server nach, welche Benutzer bereits existieren.</translation>
    </message>
    <message>
        <source>&amp;Check against the server</source>
        <translation>Mit dem Server &amp;abgleichen</translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation>Prüfung s&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Reading the member list: page %1 of %2; %3 of %4 rows found so far.</source>
        <translation>Mitgliederliste wird gelesen: Seite %1 von %2; bisher %3 von %4 Zeilen gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>All %1 rows checked against the member list (%n page(s)).</source>
        <translation>
            <numerusform>Alle %1 Zeilen mit der Mitgliederliste abgeglichen (%n Seite).</numerusform>
            <numerusform>Alle %1 Zeilen mit der Mitgliederliste abgeglichen (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be sent: each row is skipped or has problems.</source>
        <translation>Keine Zeile kann gesendet werden: Jede Zeile ist übersprungen oder hat Probleme.</translation>
    </message>
    <message>
        <source>Send Rows</source>
        <translation>Zeilen senden</translation>
    </message>
    <message>
        <source>Nothing can be taken back once it is sent.</source>
        <translation>Einmal Gesendetes kann nicht zurückgenommen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln row(s) to %1?</source>
        <translation>
            <numerusform>%Ln Zeile an %1 senden?</numerusform>
            <numerusform>%Ln Zeilen an %1 senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>%Ln Zeile mit Problemen wird übersprungen.</numerusform>
            <numerusform>%Ln Zeilen mit Problemen werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) you skipped will not be sent.</source>
        <translation>
            <numerusform>%Ln von Ihnen übersprungene Zeile wird nicht gesendet.</numerusform>
            <numerusform>%Ln von Ihnen übersprungene Zeilen werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems, will fail (not sent): %1.</source>
        <translation>Zeilen mit Problemen, würden fehlschlagen (nicht gesendet): %1.</translation>
    </message>
    <message>
        <source>Skipped by you (not sent): %1.</source>
        <translation>Von Ihnen übersprungen (nicht gesendet): %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; on %Ln row(s)</source>
        <translation>
            <numerusform>%1 „%2“ in %Ln Zeile</numerusform>
            <numerusform>%1 „%2“ in %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>other %1 names on %Ln row(s)</source>
        <translation>
            <numerusform>weitere Namen (%1) in %Ln Zeile</numerusform>
            <numerusform>weitere Namen (%1) in %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked (the app cannot ask the server for these names; rows naming one the server does not have will fail): %1.</source>
        <translation>Nicht geprüft (die App kann den Server nicht nach diesen Namen fragen; Zeilen mit einem Namen, den der Server nicht kennt, schlagen fehl): %1.</translation>
    </message>
</context>
<context>
    <name>ra::ImportFilePage</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a CSV file, or drop one on the main window.</source>
        <translation>Wählen Sie eine CSV-Datei aus oder legen Sie eine im Hauptfenster ab.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>Check that the preview looks right; change the encoding or delimiter if it does not.</source>
        <translation>Prüfen Sie, ob die Vorschau richtig aussieht; ändern Sie andernfalls die Kodierung oder das Trennzeichen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Dateipfad</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Detected %1, %2. Reading the whole file (%3): %4 rows so far…</source>
        <translation>Erkannt: %1, %2. Die ganze Datei wird gelesen (%3): bisher %4 Zeilen …</translation>
    </message>
    <message>
        <source>Detected %1, %2. %3 data rows, %4 columns, %5.</source>
        <translation>Erkannt: %1, %2. %3 Datenzeilen, %4 Spalten, %5.</translation>
    </message>
</context>
<context>
    <name>ra::ImportMappingPage</name>
    <message>
        <source>Column in your file</source>
        <translation>Spalte in Ihrer Datei</translation>
    </message>
    <message>
        <source>Template column</source>
        <translation>Vorlagenspalte</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>Template column for %1</source>
        <translation>Vorlagenspalte für %1</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Headers were matched to the template; change any that are wrong.</source>
        <translation>Die Spaltenköpfe wurden der Vorlage zugeordnet; korrigieren Sie falsche Zuordnungen.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
</context>
<context>
    <name>ra::ImportModePage</name>
    <message>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Bulk Import creates new members; Bulk Update changes members who already exist, matched by Email (or Username).</source>
        <translation>Der Massenimport (Bulk Import) erstellt neue Mitglieder; die Massenaktualisierung (Bulk Update) ändert vorhandene Mitglieder, zugeordnet über Email (oder Username).</translation>
    </message>
    <message>
        <source>&amp;Import new users (Bulk Import)</source>
        <translation>Neue Benutzer &amp;importieren (Bulk Import)</translation>
    </message>
    <message>
        <source>&amp;Update existing users (Bulk Update)</source>
        <translation>Vorhandene Benutzer &amp;aktualisieren (Bulk Update)</translation>
    </message>
</context>
<context>
    <name>ra::ImportPanes</name>
    <message>
        <source>Interrupted Import</source>
        <translation>Unterbrochener Import</translation>
    </message>
    <message>
        <source>The interrupted import of %1 cannot be resumed: %2</source>
        <translation>Der unterbrochene Import von %1 kann nicht fortgesetzt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rows already sent stay on the server and are listed in the API log. Forget this import to stop being asked; %n row(s) not yet sent will not be sent.</source>
        <translation>
            <numerusform>Bereits gesendete Zeilen bleiben auf dem Server und sind im API-Protokoll aufgeführt. Verwerfen Sie diesen Import, um nicht mehr gefragt zu werden; %n noch nicht gesendete Zeile wird dann nicht gesendet.</numerusform>
            <numerusform>Bereits gesendete Zeilen bleiben auf dem Server und sind im API-Protokoll aufgeführt. Verwerfen Sie diesen Import, um nicht mehr gefragt zu werden; %n noch nicht gesendete Zeilen werden dann nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Import</source>
        <translation>Import verwerfen</translation>
    </message>
    <message>
        <source>Forgot the interrupted import of %1.</source>
        <translation>Der unterbrochene Import von %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>The import of %1 was interrupted: the app stopped before every row was sent.</source>
        <translation>Der Import von %1 wurde unterbrochen: Die App wurde beendet, bevor alle Zeilen gesendet waren.</translation>
    </message>
    <message>
        <source>Resume sends the rows left to community %1. Review shows what the journal knows. Forget stops here: the rows left are not sent, and you are not asked again.</source>
        <translation>„Fortsetzen“ sendet die restlichen Zeilen an die Community %1. „Überprüfen“ zeigt, was das Journal weiß. „Verwerfen“ beendet den Import hier: Die restlichen Zeilen werden nicht gesendet, und Sie werden nicht erneut gefragt.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Interrupted Import: What the Journal Knows</source>
        <translation>Unterbrochener Import: Was das Journal weiß</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
</context>
<context>
    <name>ra::ImportProgress</name>
    <message>
        <source>Cancelling: finishing the upload in progress</source>
        <translation>Wird abgebrochen: Der laufende Upload wird abgeschlossen</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Processing on the server</source>
        <translation>Verarbeitung auf dem Server</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n row(s) failed</source>
        <translation>
            <numerusform>Fertig, %n Zeile fehlgeschlagen</numerusform>
            <numerusform>Fertig, %n Zeilen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled: the rows sent were processed</source>
        <translation>Abgebrochen: Die gesendeten Zeilen wurden verarbeitet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The whole job failed: %1</source>
        <translation>Der gesamte Auftrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The job&apos;s results could not be read: %1</source>
        <translation>Die Ergebnisse des Auftrags konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server refused the rows sent with this one: %1</source>
        <translation>Der Server hat die zusammen mit dieser Zeile gesendeten Zeilen abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the server&apos;s results for %n row(s) could not be read; run the import again to read them (no row is sent twice)</source>
        <translation>
            <numerusform>die Ergebnisse des Servers für %n Zeile konnten nicht gelesen werden; führen Sie den Import erneut aus, um sie zu lesen (keine Zeile wird doppelt gesendet)</numerusform>
            <numerusform>die Ergebnisse des Servers für %n Zeilen konnten nicht gelesen werden; führen Sie den Import erneut aus, um sie zu lesen (keine Zeile wird doppelt gesendet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ImportProgressChart</name>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Import progress chart</source>
        <translation>Diagramm des Importfortschritts</translation>
    </message>
</context>
<context>
    <name>ra::ImportProgressView</name>
    <message>
        <source>Checking the job failed, retrying: %1</source>
        <translation>Prüfen des Auftrags fehlgeschlagen, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Sent: %1 · Processed: %2 · Created: %3 · Updated: %4 · Failed: %5 · Jobs: %6</source>
        <translation>Gesendet: %1 · Verarbeitet: %2 · Erstellt: %3 · Aktualisiert: %4 · Fehlgeschlagen: %5 · Aufträge: %6</translation>
    </message>
    <message>
        <source>%1 rows/s · time left: %2</source>
        <translation>%1 Zeilen/s · Restzeit: %2</translation>
    </message>
    <message>
        <source>No failed rows so far.</source>
        <translation>Bisher keine fehlgeschlagenen Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s), with the server&apos;s reason:</source>
        <translation>
            <numerusform>%n fehlgeschlagene Zeile, mit dem Grund laut Server:</numerusform>
            <numerusform>%n fehlgeschlagene Zeilen, mit dem Grund laut Server:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent yet.</source>
        <translation>Es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export failed rows</source>
        <translation>Fehlgeschlagene Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>failed-rows.csv</source>
        <translation>failed-rows.csv</translation>
    </message>
    <message>
        <source>Failed rows written to %1.</source>
        <translation>Fehlgeschlagene Zeilen nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>Senden &amp;stoppen</translation>
    </message>
    <message>
        <source>Send no further chunks; rows already sent are still processed.</source>
        <translation>Keine weiteren Pakete senden; bereits gesendete Zeilen werden trotzdem verarbeitet.</translation>
    </message>
    <message>
        <source>&amp;Export failed rows…</source>
        <translation>Fehlgeschlagene Zeilen e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation>Fehlgeschlagene Zeilen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source> · Not sent: %1 · Unconfirmed: %2</source>
        <translation> · Nicht gesendet: %1 · Unbestätigt: %2</translation>
    </message>
    <message>
        <source>Left out of the file&apos;s %1 rows, not sent: %2 with problems, %3 skipped by you.</source>
        <translation>Von den %1 Zeilen der Datei ausgelassen, nicht gesendet: %2 mit Problemen, %3 von Ihnen übersprungen.</translation>
    </message>
    <message>
        <source>No row failed on the server.</source>
        <translation>Keine Zeile ist auf dem Server fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ra::ImportRunner</name>
    <message>
        <source>The journal has no import %1</source>
        <translation>Das Journal enthält keinen Import %1</translation>
    </message>
    <message>
        <source>%1 changed or is gone since the import started; the rows not sent yet cannot be matched to it</source>
        <translation>%1 hat sich seit Beginn des Imports geändert oder existiert nicht mehr; die noch nicht gesendeten Zeilen können der Datei nicht zugeordnet werden</translation>
    </message>
    <message>
        <source>Cannot prepare rows %1 to %2 for sending: %3</source>
        <translation>Die Zeilen %1 bis %2 können nicht zum Senden vorbereitet werden: %3</translation>
    </message>
    <message>
        <source>Row %1 alone is larger than the %2 bytes the server accepts</source>
        <translation>Zeile %1 allein ist größer als die %2 Bytes, die der Server annimmt</translation>
    </message>
    <message>
        <source>The server refused rows %1 to %2: %3</source>
        <translation>Der Server hat die Zeilen %1 bis %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Sending rows %1 to %2 failed %3 times: %4. Resume the import later; rows that reached the server are not sent again.</source>
        <translation>Das Senden der Zeilen %1 bis %2 ist %3-mal fehlgeschlagen: %4. Setzen Sie den Import später fort; Zeilen, die den Server erreicht haben, werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>rows %1 to %2 (%3)</source>
        <translation>Zeilen %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Cannot check whether %1 reached the server: %2. They are not sent again blindly: resume the import later, and the server&apos;s API log decides.</source>
        <translation>Es kann nicht geprüft werden, ob %1 den Server erreicht haben: %2. Sie werden nicht blind erneut gesendet: Setzen Sie den Import später fort, dann entscheidet das API-Protokoll des Servers.</translation>
    </message>
    <message>
        <source>the last rows sent</source>
        <translation>die zuletzt gesendeten Zeilen</translation>
    </message>
</context>
<context>
    <name>ra::ImportSendPage</name>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>The rows go to the server in chunks, each its own job; progress comes from the API log. You may close this window: the import is journaled and resumes next time.</source>
        <translation>Die Zeilen gehen in Paketen an den Server, jedes als eigener Auftrag; der Fortschritt kommt aus dem API-Protokoll. Sie können dieses Fenster schließen: Der Import wird im Journal festgehalten und beim nächsten Mal fortgesetzt.</translation>
    </message>
    <message>
        <source>Stopped while preparing the rows: nothing was sent.</source>
        <translation>Beim Vorbereiten der Zeilen gestoppt: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Preparing rows for sending: %1 of %2</source>
        <translation>Zeilen werden zum Senden vorbereitet: %1 von %2</translation>
    </message>
    <message>
        <source>S&amp;top preparing</source>
        <translation>Vorbereitung s&amp;toppen</translation>
    </message>
    <message>
        <source>Stop preparing the rows</source>
        <translation>Vorbereitung der Zeilen stoppen</translation>
    </message>
    <message>
        <source>Rows prepared for sending</source>
        <translation>Zum Senden vorbereitete Zeilen</translation>
    </message>
</context>
<context>
    <name>ra::ImportSession</name>
    <message>
        <source>The community&apos;s roles could not be read, so Role names are not checked before sending: %1</source>
        <translation>Die Rollen der Community konnten nicht gelesen werden, daher werden Rollennamen vor dem Senden nicht geprüft: %1</translation>
    </message>
    <message>
        <source>The file is not read completely yet.</source>
        <translation>Die Datei ist noch nicht vollständig gelesen.</translation>
    </message>
    <message>
        <source>The journal has no import %1</source>
        <translation>Das Journal enthält keinen Import %1</translation>
    </message>
    <message>
        <source>The rows are being prepared for sending already.</source>
        <translation>Die Zeilen werden bereits zum Senden vorbereitet.</translation>
    </message>
    <message>
        <source>community %1</source>
        <translation>Community %1</translation>
    </message>
    <message numerus="yes">
        <source>No row can be sent: each of the %n row(s) is skipped or has problems.</source>
        <translation>
            <numerusform>Keine Zeile kann gesendet werden: Die %n Zeile ist übersprungen oder hat Probleme.</numerusform>
            <numerusform>Keine Zeile kann gesendet werden: Jede der %n Zeilen ist übersprungen oder hat Probleme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ImportTemplate</name>
    <message>
        <source>Could not write the template: %1</source>
        <translation>Die Vorlage konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation>Freier Text.</translation>
    </message>
    <message>
        <source>At most 50 characters.</source>
        <translation>Höchstens 50 Zeichen.</translation>
    </message>
    <message>
        <source>An e-mail address, unique within the file.</source>
        <translation>Eine E-Mail-Adresse, eindeutig innerhalb der Datei.</translation>
    </message>
    <message>
        <source>Comma-separated role names that exist in the community (case-sensitive).</source>
        <translation>Kommagetrennte Rollennamen, die in der Community existieren (Groß-/Kleinschreibung beachten).</translation>
    </message>
    <message>
        <source>Comma-separated tag names that exist in the community (case-sensitive).</source>
        <translation>Kommagetrennte Tag-Namen, die in der Community existieren (Groß-/Kleinschreibung beachten).</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Eine ganze Zahl.</translation>
    </message>
    <message>
        <source>add, subtract or overwrite (lower case) for the %1 column after it; empty means overwrite.</source>
        <translation>add, subtract oder overwrite (kleingeschrieben) für die nachfolgende Spalte %1; leer bedeutet overwrite.</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Erforderlich. %1</translation>
    </message>
    <message>
        <source>Identifies the user (Email first, else Username).</source>
        <translation>Identifiziert den Benutzer (zuerst Email, sonst Username).</translation>
    </message>
</context>
<context>
    <name>ra::ImportTemplatePage</name>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Email or Username</source>
        <translation>Email oder Username</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>The community has no roles.</source>
        <translation>Die Community hat keine Rollen.</translation>
    </message>
    <message>
        <source>Role names on the server (case-sensitive): %1</source>
        <translation>Rollennamen auf dem Server (Groß-/Kleinschreibung beachten): %1</translation>
    </message>
    <message>
        <source>Reading the community&apos;s role names…</source>
        <translation>Die Rollennamen der Community werden gelesen …</translation>
    </message>
    <message>
        <source>Tag names: the API offers no way to list them; the server checks them when the job runs and reports unknown tags as failed rows.</source>
        <translation>Tag-Namen: Die API bietet keine Möglichkeit, sie aufzulisten; der Server prüft sie bei der Ausführung des Auftrags und meldet unbekannte Tags als fehlgeschlagene Zeilen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>bulk-update-template.csv</source>
        <translation>bulk-update-template.csv</translation>
    </message>
    <message>
        <source>bulk-import-template.csv</source>
        <translation>bulk-import-template.csv</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Vorlage unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Die Vorlage</translation>
    </message>
    <message>
        <source>Your file&apos;s columns are matched to these. For updates, a numeric column may be preceded by &lt;field&gt;_op: add, subtract or overwrite.</source>
        <translation>Die Spalten Ihrer Datei werden diesen zugeordnet. Bei Aktualisierungen kann vor einer numerischen Spalte eine Spalte &lt;field&gt;_op stehen: add, subtract oder overwrite.</translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation>Vorlage &amp;speichern …</translation>
    </message>
    <message>
        <source>Template columns</source>
        <translation>Vorlagenspalten</translation>
    </message>
    <message>
        <source>Example row</source>
        <translation>Beispielzeile</translation>
    </message>
</context>
<context>
    <name>ra::ImportValidationPage</name>
    <message>
        <source>Reading and checking the file: %1 rows so far…</source>
        <translation>Die Datei wird gelesen und geprüft: bisher %1 Zeilen …</translation>
    </message>
    <message>
        <source>%1 rows, all fine.</source>
        <translation>%1 Zeilen, alle in Ordnung.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export rows with problems</source>
        <translation>Zeilen mit Problemen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>rows-with-problems.csv</source>
        <translation>rows-with-problems.csv</translation>
    </message>
    <message>
        <source>Rows with problems written to %1.</source>
        <translation>Zeilen mit Problemen nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Nur Zeilen mit &amp;Problemen anzeigen</translation>
    </message>
    <message>
        <source>E&amp;xport problem rows…</source>
        <translation>Problemzeilen e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>&amp;Use &quot;%1&quot;</source>
        <translation>„%1“ &amp;verwenden</translation>
    </message>
    <message>
        <source>Put &quot;%1&quot; into %2 of row %3</source>
        <translation>„%1“ in %2 von Zeile %3 einsetzen</translation>
    </message>
    <message>
        <source>%1 skipped (not sent).</source>
        <translation>%1 übersprungen (nicht gesendet).</translation>
    </message>
    <message>
        <source>%1 rows; %2 with problems (%3 problems). Fix them in the grid (double-click a red cell), skip them (Delete) or export them; rows with problems are not sent.</source>
        <translation>%1 Zeilen; %2 mit Problemen (%3 Probleme). Korrigieren Sie sie im Raster (Doppelklick auf eine rote Zelle), überspringen Sie sie (Entf) oder exportieren Sie sie; Zeilen mit Problemen werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Red cells have a problem; the Problem column says why.</source>
        <translation>Rote Zellen haben ein Problem; die Spalte „Problem“ nennt den Grund.</translation>
    </message>
    <message>
        <source>&amp;Skip Rows (Not Sent)</source>
        <translation>Zeilen &amp;überspringen (nicht senden)</translation>
    </message>
    <message>
        <source>&amp;Include Rows Again</source>
        <translation>Zeilen wieder &amp;einbeziehen</translation>
    </message>
</context>
<context>
    <name>ra::ImportWizard</name>
    <message>
        <source>Import users from CSV</source>
        <translation>Benutzer aus CSV importieren</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Import-Assistent</translation>
    </message>
    <message>
        <source>Import or update members of %1</source>
        <translation>Mitglieder von %1 importieren oder aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>Update %n member(s) in %1</source>
        <translation>
            <numerusform>%n Mitglied in %1 aktualisieren</numerusform>
            <numerusform>%n Mitglieder in %1 aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s) into %1</source>
        <translation>
            <numerusform>%n Mitglied in %1 importieren</numerusform>
            <numerusform>%n Mitglieder in %1 importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::JobFollower</name>
    <message>
        <source>The server refuses the key, so the job cannot be followed: %1</source>
        <translation>Der Server lehnt den Schlüssel ab, daher kann der Auftrag nicht verfolgt werden: %1</translation>
    </message>
    <message>
        <source>The job&apos;s progress could not be read %1 times in a row: %2</source>
        <translation>Der Fortschritt des Auftrags konnte %1-mal in Folge nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::JobJournal</name>
    <message>
        <source>Cannot read the import journal %1: %2</source>
        <translation>Das Importjournal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The import journal %1 is damaged at byte %2: %3</source>
        <translation>Das Importjournal %1 ist bei Byte %2 beschädigt: %3</translation>
    </message>
    <message>
        <source>Cannot write the import journal %1: %2</source>
        <translation>Das Importjournal %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::KeyOption</name>
    <message>
        <source>RA_API_KEY is no longer read: set RA_INTEGRATION_KEY, RA_SYSTEM_KEY or RA_APPLICATION_KEY</source>
        <translation>RA_API_KEY wird nicht mehr gelesen: Setzen Sie RA_INTEGRATION_KEY, RA_SYSTEM_KEY oder RA_APPLICATION_KEY</translation>
    </message>
    <message>
        <source>RA_SYSTEM_API_KEY is no longer read: set RA_SYSTEM_KEY</source>
        <translation>RA_SYSTEM_API_KEY wird nicht mehr gelesen: Setzen Sie RA_SYSTEM_KEY</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>give %1 or %2 once</source>
        <translation>geben Sie %1 oder %2 nur einmal an</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>%1 -: cannot read standard input</source>
        <translation>%1 -: Die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 -: standard input holds no key</source>
        <translation>%1 -: Die Standardeingabe enthält keinen Schlüssel</translation>
    </message>
    <message>
        <source>warning: a key given with %1 can be read by other users of this machine; use %2, %1 - (standard input) or %3 instead</source>
        <translation>Warnung: Ein mit %1 angegebener Schlüssel kann von anderen Benutzern dieses Rechners gelesen werden; verwenden Sie stattdessen %2, %1 - (Standardeingabe) oder %3</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: %2 holds no key on its first line</source>
        <translation>%1: %2 enthält in der ersten Zeile keinen Schlüssel</translation>
    </message>
    <message>
        <source>warning: %1 can be read by other users; restrict it with chmod 600</source>
        <translation>Warnung: %1 kann von anderen Benutzern gelesen werden; schränken Sie den Zugriff mit chmod 600 ein</translation>
    </message>
</context>
<context>
    <name>ra::KeychainSecretStore</name>
    <message>
        <source>No keychain is running on this desktop (no Secret Service or KWallet); keys can be kept for this run only.</source>
        <translation>Auf diesem Desktop läuft kein Schlüsselbund (weder Secret Service noch KWallet); Schlüssel können nur für diese Sitzung aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>ra::MainWindow</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Über Qt</translation>
    </message>
    <message>
        <source>Returning Admin uses Qt %1.</source>
        <translation>Returning Admin verwendet Qt %1.</translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development, available under the GNU LGPL version 3. See https://www.qt.io for licensing and source code.</source>
        <translation>Qt ist ein C++-Toolkit für plattformübergreifende Anwendungsentwicklung, verfügbar unter der GNU LGPL Version 3. Lizenzinformationen und Quellcode finden Sie unter https://www.qt.io.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Returning Admin</source>
        <translation>Returning Admin beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Search in the current pane</source>
        <translation>Im aktuellen Bereich suchen</translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation>&amp;Navigation anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the navigation list</source>
        <translation>Navigationsliste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the current pane from the server</source>
        <translation>Den aktuellen Bereich neu vom Server laden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;About Returning Admin</source>
        <translation>Ü&amp;ber Returning Admin</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation>Aktueller Bereich</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>Benutzer aus CSV &amp;importieren …</translation>
    </message>
    <message>
        <source>Bulk import or update members from a CSV file (or drop one here)</source>
        <translation>Mitglieder per CSV-Datei massenhaft importieren oder aktualisieren (oder eine Datei hier ablegen)</translation>
    </message>
    <message>
        <source>Open Connections</source>
        <translation>Verbindungen öffnen</translation>
    </message>
    <message>
        <source>Some keys of profile &quot;%1&quot; cannot be read, so requests that need them are not sent. %2</source>
        <translation>Einige Schlüssel des Profils „%1“ können nicht gelesen werden, daher werden Anfragen, die sie benötigen, nicht gesendet. %2</translation>
    </message>
    <message>
        <source>Reset &amp;Demo Community…</source>
        <translation>&amp;Demo-Community zurücksetzen …</translation>
    </message>
    <message>
        <source>Delete everything in the local sandbox and start again from a new demo community</source>
        <translation>Alles in der lokalen Sandbox löschen und mit einer neuen Demo-Community neu beginnen</translation>
    </message>
    <message>
        <source>%1 — Returning Admin</source>
        <translation>%1 — Returning Admin</translation>
    </message>
    <message>
        <source>%1 — %2 — Returning Admin</source>
        <translation>%1 — %2 — Returning Admin</translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation>Community: %1</translation>
    </message>
    <message>
        <source>%1 · Server: %2</source>
        <translation>%1 · Server: %2</translation>
    </message>
    <message>
        <source>community %1 (name not known)</source>
        <translation>Community %1 (Name unbekannt)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Request timeout, parallel requests, language and theme</source>
        <translation>Zeitlimit für Anfragen, parallele Anfragen, Sprache und Design</translation>
    </message>
</context>
<context>
    <name>ra::MemberExportJob</name>
    <message numerus="yes">
        <source>Reading the members to export to %1 failed after %n member(s): %2</source>
        <translation>
            <numerusform>Das Lesen der Mitglieder für den Export nach %1 ist nach %n Mitglied fehlgeschlagen: %2</numerusform>
            <numerusform>Das Lesen der Mitglieder für den Export nach %1 ist nach %n Mitgliedern fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The export to %1 was cancelled after %n member(s); the file was not written.</source>
        <translation>
            <numerusform>Der Export nach %1 wurde nach %n Mitglied abgebrochen; die Datei wurde nicht geschrieben.</numerusform>
            <numerusform>Der Export nach %1 wurde nach %n Mitgliedern abgebrochen; die Datei wurde nicht geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::MessageActions</name>
    <message>
        <source>Write something or attach an image first.</source>
        <translation>Schreiben Sie zuerst etwas oder hängen Sie ein Bild an.</translation>
    </message>
    <message>
        <source>Say who sends it: a member&apos;s username or e-mail in &quot;Send as&quot;.</source>
        <translation>Geben Sie an, wer sie sendet: den Benutzernamen oder die E-Mail-Adresse eines Mitglieds unter „Senden als“.</translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent.</source>
        <translation>Die Nachricht hat %1 Zeichen; höchstens %2 können gesendet werden.</translation>
    </message>
</context>
<context>
    <name>ra::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ra::MessageBoxQuestionProvider</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>ra::MessageComposer</name>
    <message>
        <source>Cancel Reply</source>
        <translation>Antwort abbrechen</translation>
    </message>
    <message>
        <source>Write a message (plain text); drop images here</source>
        <translation>Nachricht schreiben (reiner Text); Bilder hier ablegen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Attach Image…</source>
        <translation>Bild anhängen …</translation>
    </message>
    <message>
        <source>Remove Image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>Senden als:</translation>
    </message>
    <message>
        <source>username or e-mail</source>
        <translation>Benutzername oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>Senden (Strg+Enter)</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation>Bilder anhängen</translation>
    </message>
    <message>
        <source>%1: not uploaded: %2</source>
        <translation>%1: nicht hochgeladen: %2</translation>
    </message>
    <message>
        <source>%1: uploaded</source>
        <translation>%1: hochgeladen</translation>
    </message>
    <message>
        <source>%1: uploading…</source>
        <translation>%1: wird hochgeladen …</translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation>Hochladen: %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s) attached]</source>
        <translation>
            <numerusform>[%n Bild angehängt]</numerusform>
            <numerusform>[%n Bilder angehängt]</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing to send yet)</source>
        <translation>(noch nichts zu senden)</translation>
    </message>
    <message>
        <source>Wait until the images are uploaded.</source>
        <translation>Warten Sie, bis die Bilder hochgeladen sind.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Gesendet.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Throw the unsent message away (Esc in the text)</source>
        <translation>Die nicht gesendete Nachricht verwerfen (Esc im Text)</translation>
    </message>
    <message>
        <source>Ctrl+Return sends; Esc discards the unsent message</source>
        <translation>Strg+Enter sendet; Esc verwirft die nicht gesendete Nachricht</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Reply target</source>
        <translation>Antwortziel</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Nachrichtenvorschau</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Angehängte Bilder</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <source>Attach Image</source>
        <translation>Bild anhängen</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
    <message>
        <source>Composer status</source>
        <translation>Status des Nachrichteneditors</translation>
    </message>
    <message>
        <source>Discard this unsent message?</source>
        <translation>Diese nicht gesendete Nachricht verwerfen?</translation>
    </message>
    <message>
        <source>It has not been sent and will not be kept.</source>
        <translation>Sie wurde nicht gesendet und wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Verworfen.</translation>
    </message>
</context>
<context>
    <name>ra::MessageDelegate</name>
    <message>
        <source>reply to an earlier message</source>
        <translation>Antwort auf eine frühere Nachricht</translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation>Bild wird geladen …</translation>
    </message>
</context>
<context>
    <name>ra::MessageDrafts</name>
    <message>
        <source>The drafts in %1 cannot be read: %2</source>
        <translation>Die Entwürfe in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The drafts in %1 are damaged (%2 at byte %3); starting without them.</source>
        <translation>Die Entwürfe in %1 sind beschädigt (%2 bei Byte %3); es wird ohne sie begonnen.</translation>
    </message>
    <message>
        <source>The drafts cannot be saved to %1: %2</source>
        <translation>Die Entwürfe können nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::MessagesPane</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) shown</source>
        <translation>
            <numerusform>%1 von %n Nachricht angezeigt</numerusform>
            <numerusform>%1 von %n Nachrichten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation>Ältere Nachrichten werden geladen …</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen …</translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation>Die Nachrichten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the channel again (F5)</source>
        <translation>Den Kanal neu lesen (F5)</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>React</source>
        <translation>Reagieren</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Ankündigen …</translation>
    </message>
    <message>
        <source>Send one message to several channels</source>
        <translation>Eine Nachricht an mehrere Kanäle senden</translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation>Kanäle werden geladen …</translation>
    </message>
    <message>
        <source>No channels to show.</source>
        <translation>Keine Kanäle vorhanden.</translation>
    </message>
    <message>
        <source>Say who reacts: a member&apos;s username or e-mail in &quot;Send as&quot;.</source>
        <translation>Geben Sie an, wer reagiert: den Benutzernamen oder die E-Mail-Adresse eines Mitglieds unter „Senden als“.</translation>
    </message>
    <message>
        <source>The reaction %1 was not added: %2</source>
        <translation>Die Reaktion %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Reply to the selected message (R)</source>
        <translation>Auf die ausgewählte Nachricht antworten (R)</translation>
    </message>
    <message>
        <source>Add a reaction to the selected message</source>
        <translation>Der ausgewählten Nachricht eine Reaktion hinzufügen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Announce</source>
        <translation>Ankündigen</translation>
    </message>
    <message>
        <source>Messages status</source>
        <translation>Status der Nachrichten</translation>
    </message>
    <message>
        <source>Up and Down move between messages; R replies to the selected one</source>
        <translation>Die Pfeiltasten nach oben und unten wechseln zwischen den Nachrichten; R antwortet auf die ausgewählte</translation>
    </message>
</context>
<context>
    <name>ra::NavigationSidebar</name>
    <message>
        <source>Returning Admin</source>
        <translation>Returning Admin</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>ra::NetworkStatusWidget</name>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>1 request</source>
        <translation>1 Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in der Warteschlange</numerusform>
            <numerusform>%n in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Netzwerkaktivität</translation>
    </message>
    <message>
        <source>Requests finished: %1, failed: %2</source>
        <translation>Abgeschlossene Anfragen: %1, fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ra::NewKeySecretDialog</name>
    <message>
        <source>API Key &quot;%1&quot; Created</source>
        <translation>API-Schlüssel „%1“ erstellt</translation>
    </message>
    <message>
        <source>This is the key&apos;s secret. It is shown now and never again: copy it to where it will be used before closing this window.</source>
        <translation>Dies ist das Geheimnis des Schlüssels. Es wird jetzt und nie wieder angezeigt: Kopieren Sie es dorthin, wo es verwendet wird, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute if it still holds the key.</source>
        <translation>Kopiert. Die Zwischenablage wird nach einer Minute geleert, wenn sie den Schlüssel dann noch enthält.</translation>
    </message>
</context>
<context>
    <name>ra::OverviewPane</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Erneut zählen (F5)</translation>
    </message>
    <message numerus="yes">
        <source>Joined per week, last %n week(s)</source>
        <translation>
            <numerusform>Beitritte pro Woche, letzte %n Woche</numerusform>
            <numerusform>Beitritte pro Woche, letzte %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>XP distribution</source>
        <translation>XP-Verteilung</translation>
    </message>
    <message>
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Coins distribution</source>
        <translation>Coin-Verteilung</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Coins</translation>
    </message>
    <message numerus="yes">
        <source>Top %n member(s) by XP</source>
        <translation>
            <numerusform>Top %n Mitglied nach XP</numerusform>
            <numerusform>Top %n Mitglieder nach XP</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Members with the most XP</source>
        <translation>Mitglieder mit den meisten XP</translation>
    </message>
    <message>
        <source>How %1 is doing</source>
        <translation>So entwickelt sich %1</translation>
    </message>
    <message>
        <source>How community %1 is doing</source>
        <translation>So entwickelt sich die Community %1</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Mitglieder: %1</translation>
    </message>
    <message>
        <source>Members: …</source>
        <translation>Mitglieder: …</translation>
    </message>
    <message numerus="yes">
        <source>Joined in the last %n week(s): %1</source>
        <translation>
            <numerusform>In der letzten Woche beigetreten: %1</numerusform>
            <numerusform>In den letzten %n Wochen beigetreten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined in the last %n week(s): …</source>
        <translation>
            <numerusform>In der letzten Woche beigetreten: …</numerusform>
            <numerusform>In den letzten %n Wochen beigetreten: …</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Waiting for the connection.</source>
        <translation>Warten auf die Verbindung.</translation>
    </message>
    <message numerus="yes">
        <source>Counted with %n request(s), without reading every member.</source>
        <translation>
            <numerusform>Mit %n Anfrage gezählt, ohne jedes Mitglied zu lesen.</numerusform>
            <numerusform>Mit %n Anfragen gezählt, ohne jedes Mitglied zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ra::PaletteDock</name>
    <message>
        <source>Loading roles and badges…</source>
        <translation>Rollen und Abzeichen werden geladen …</translation>
    </message>
    <message>
        <source>This server has no roles or badges yet.</source>
        <translation>Dieser Server hat noch keine Rollen oder Abzeichen.</translation>
    </message>
    <message>
        <source>No role or badge matches &quot;%1&quot;.</source>
        <translation>Keine Rolle und kein Abzeichen passt zu „%1“.</translation>
    </message>
    <message>
        <source>Give to selected users (none selected)</source>
        <translation>An ausgewählte Benutzer vergeben (keine ausgewählt)</translation>
    </message>
    <message>
        <source>Give to selected users (%1)</source>
        <translation>An ausgewählte Benutzer vergeben (%1)</translation>
    </message>
    <message>
        <source>Give to everyone matching the filter (%1)</source>
        <translation>An alle zum Filter passenden Mitglieder vergeben (%1)</translation>
    </message>
    <message>
        <source>Give to…</source>
        <translation>Vergeben an …</translation>
    </message>
    <message>
        <source>Give to users from a CSV file…</source>
        <translation>An Benutzer aus einer CSV-Datei vergeben …</translation>
    </message>
    <message>
        <source>Give %1 to users from a CSV file</source>
        <translation>%1 an Benutzer aus einer CSV-Datei vergeben</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Palette: %1</source>
        <translation>Palette: %1</translation>
    </message>
    <message>
        <source>Search roles and badges</source>
        <translation>Rollen und Abzeichen durchsuchen</translation>
    </message>
    <message>
        <source>The server whose roles the palette shows</source>
        <translation>Der Server, dessen Rollen die Palette zeigt</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Abzeichen</translation>
    </message>
    <message>
        <source>Drop members here, paste ids, usernames or e-mails (Ctrl+V), or drop a CSV file on a tile. Drag a tile onto a member to give it to them.</source>
        <translation>Legen Sie hier Mitglieder ab, fügen Sie IDs, Benutzernamen oder E-Mail-Adressen ein (Strg+V) oder legen Sie eine CSV-Datei auf einer Kachel ab. Ziehen Sie eine Kachel auf ein Mitglied, um ihm die Rolle bzw. das Abzeichen zu vergeben.</translation>
    </message>
    <message>
        <source>Give to everyone matching the filter (counted before sending)</source>
        <translation>An alle zum Filter passenden Mitglieder vergeben (vor dem Senden gezählt)</translation>
    </message>
    <message>
        <source>Roles and badges to give</source>
        <translation>Zu vergebende Rollen und Abzeichen</translation>
    </message>
</context>
<context>
    <name>ra::PaletteSources</name>
    <message>
        <source>Saved filter</source>
        <translation>Gespeicherter Filter</translation>
    </message>
    <message>
        <source>Recent member</source>
        <translation>Zuletzt ausgewähltes Mitglied</translation>
    </message>
</context>
<context>
    <name>ra::PaletteTile</name>
    <message>
        <source>Role &quot;%1&quot;: drop members here, or paste a list (Ctrl+V)</source>
        <translation>Rolle „%1“: Mitglieder hier ablegen oder eine Liste einfügen (Strg+V)</translation>
    </message>
    <message>
        <source>Badge &quot;%1&quot;: drop members here, or paste a list (Ctrl+V)</source>
        <translation>Abzeichen „%1“: Mitglieder hier ablegen oder eine Liste einfügen (Strg+V)</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a list of member ids, usernames or e-mails (one per line), then press Ctrl+V here.</source>
        <translation>Die Zwischenablage enthält keinen Text. Kopieren Sie eine Liste von Mitglieder-IDs, Benutzernamen oder E-Mail-Adressen (eine pro Zeile) und drücken Sie dann hier Strg+V.</translation>
    </message>
</context>
<context>
    <name>ra::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>System (wie der Desktop)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>ra::PreparedImport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Rows %1 to %2 are outside the %3 rows of %4</source>
        <translation>Die Zeilen %1 bis %2 liegen außerhalb der %3 Zeilen von %4</translation>
    </message>
    <message>
        <source>Preparing the rows for sending was cancelled.</source>
        <translation>Das Vorbereiten der Zeilen zum Senden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 line %2 is not a row number.</source>
        <translation>%1, Zeile %2: keine gültige Zeilennummer.</translation>
    </message>
    <message>
        <source>%1 lists %2 rows but %3 has %4: was one of them changed?</source>
        <translation>%1 listet %2 Zeilen, aber %3 hat %4: Wurde eine der beiden Dateien geändert?</translation>
    </message>
</context>
<context>
    <name>ra::ProductionBanner</name>
    <message>
        <source>PRODUCTION — changes affect real members</source>
        <translation>PRODUKTION – Änderungen betreffen echte Mitglieder</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation>Produktionswarnung</translation>
    </message>
</context>
<context>
    <name>ra::ProfileEditor</name>
    <message>
        <source>Hide key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>No keychain is running on this desktop: keys can be kept for this run only, never in the settings file.</source>
        <translation>Auf diesem Desktop läuft kein Schlüsselbund: Schlüssel können nur für diese Sitzung aufbewahrt werden, nie in der Einstellungsdatei.</translation>
    </message>
</context>
<context>
    <name>ra::ProfileKeysController</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Provided by the running sandbox</source>
        <translation>Von der laufenden Sandbox bereitgestellt</translation>
    </message>
    <message>
        <source>Kept for this run only</source>
        <translation>Nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Set when the sandbox starts</source>
        <translation>Wird beim Start der Sandbox gesetzt</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>System keychain not available</source>
        <translation>Schlüsselbund des Systems nicht verfügbar</translation>
    </message>
    <message>
        <source>Could not read the key: %1</source>
        <translation>Der Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation>Nur für diese Sitzung aufbewahren</translation>
    </message>
    <message>
        <source>Keep the keys in memory until Returning Admin quits; they are not saved</source>
        <translation>Die Schlüssel im Arbeitsspeicher behalten, bis Returning Admin beendet wird; sie werden nicht gespeichert</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The system keychain refused to store the API keys (%1). Unlock it and save again, or keep the keys for this run only.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern der API-Schlüssel verweigert (%1). Entsperren Sie ihn und speichern Sie erneut, oder bewahren Sie die Schlüssel nur für diese Sitzung auf.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so API keys cannot be saved permanently. %1 You will need to enter them again next time.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher können API-Schlüssel nicht dauerhaft gespeichert werden. %1 Sie müssen sie beim nächsten Mal erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>ra::ProfileListWidget</name>
    <message>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ra::ProfileMenu</name>
    <message>
        <source>&amp;Switch profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
</context>
<context>
    <name>ra::ProfileStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>A profile with this id already exists</source>
        <translation>Ein Profil mit dieser ID existiert bereits</translation>
    </message>
    <message>
        <source>The profile no longer exists</source>
        <translation>Das Profil existiert nicht mehr</translation>
    </message>
    <message>
        <source>The built-in Local sandbox profile cannot be changed</source>
        <translation>Das integrierte Profil „Lokale Sandbox“ kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>ra::RequestJob</name>
    <message>
        <source>no base URL for the %1 API</source>
        <translation>keine Basis-URL für die %1-API</translation>
    </message>
    <message>
        <source>missing path parameter &quot;%1&quot;</source>
        <translation>fehlender Pfadparameter „%1“</translation>
    </message>
    <message>
        <source>%1:// is only allowed for loopback hosts; use https://</source>
        <translation>%1:// ist nur für Loopback-Hosts erlaubt; verwenden Sie https://</translation>
    </message>
    <message>
        <source>no progress for %1 ms</source>
        <translation>seit %1 ms kein Fortschritt</translation>
    </message>
    <message>
        <source>redirect to another origin or to plain HTTP refused</source>
        <translation>Umleitung zu einem anderen Ursprung oder zu unverschlüsseltem HTTP verweigert</translation>
    </message>
    <message>
        <source>reply cut off after %1 bytes (%2)</source>
        <translation>Antwort nach %1 Bytes abgeschnitten (%2)</translation>
    </message>
    <message>
        <source>unreadable reply</source>
        <translation>unlesbare Antwort</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>not sent: log in to an account first</source>
        <translation>nicht gesendet: Melden Sie sich zuerst bei einem Konto an</translation>
    </message>
</context>
<context>
    <name>ra::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ra::RequestLogWriter</name>
    <message>
        <source>Cannot write the request log to %1: %2</source>
        <translation>Das Anfrageprotokoll kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::RestoreUserDialog</name>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>„%1“ wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>Restore User</source>
        <translation>Benutzer wiederherstellen</translation>
    </message>
    <message>
        <source>Deleted accounts are not listed. Enter the username, e-mail address or user id of the account to restore; the user can sign in again afterwards.</source>
        <translation>Gelöschte Konten werden nicht aufgelistet. Geben Sie den Benutzernamen, die E-Mail-Adresse oder die Benutzer-ID des wiederherzustellenden Kontos ein; danach kann sich der Benutzer wieder anmelden.</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>username, e-mail or user id</source>
        <translation>Benutzername, E-Mail-Adresse oder Benutzer-ID</translation>
    </message>
    <message>
        <source>User to restore</source>
        <translation>Wiederherzustellender Benutzer</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ra::RoleDialog</name>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit Role &quot;%1&quot;</source>
        <translation>Rolle „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Role Colour</source>
        <translation>Rollenfarbe</translation>
    </message>
</context>
<context>
    <name>ra::RolePermissionCatalog</name>
    <message>
        <source>Server administrator</source>
        <translation>Serveradministrator</translation>
    </message>
    <message>
        <source>Allow direct messages</source>
        <translation>Direktnachrichten erlauben</translation>
    </message>
    <message>
        <source>Create invites</source>
        <translation>Einladungen erstellen</translation>
    </message>
    <message>
        <source>Warn members</source>
        <translation>Mitglieder verwarnen</translation>
    </message>
    <message>
        <source>Suspend members</source>
        <translation>Mitglieder suspendieren</translation>
    </message>
    <message>
        <source>Kick members</source>
        <translation>Mitglieder entfernen</translation>
    </message>
    <message>
        <source>Ban members</source>
        <translation>Mitglieder bannen</translation>
    </message>
    <message>
        <source>Manage roles</source>
        <translation>Rollen verwalten</translation>
    </message>
    <message>
        <source>Manage channels</source>
        <translation>Kanäle verwalten</translation>
    </message>
    <message>
        <source>Broadcast messages</source>
        <translation>Broadcast-Nachrichten senden</translation>
    </message>
    <message>
        <source>Overwrite language settings</source>
        <translation>Spracheinstellungen überschreiben</translation>
    </message>
    <message>
        <source>View message history</source>
        <translation>Nachrichtenverlauf anzeigen</translation>
    </message>
    <message>
        <source>Post messages</source>
        <translation>Nachrichten schreiben</translation>
    </message>
    <message>
        <source>Manage messages</source>
        <translation>Nachrichten verwalten</translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation>Nachrichten löschen</translation>
    </message>
    <message>
        <source>Allow mentions</source>
        <translation>Erwähnungen erlauben</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Share attachments</source>
        <translation>Anhänge teilen</translation>
    </message>
    <message>
        <source>Share links</source>
        <translation>Links teilen</translation>
    </message>
    <message>
        <source>Pin messages</source>
        <translation>Nachrichten anheften</translation>
    </message>
    <message>
        <source>Post analysis</source>
        <translation>Analysen veröffentlichen</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message>
        <source>%1 server, %2 channel</source>
        <translation>Server: %1, Kanal: %2</translation>
    </message>
</context>
<context>
    <name>ra::RoleTableModel</name>
    <message>
        <source>The API does not report how many members hold this role.</source>
        <translation>Die API meldet nicht, wie viele Mitglieder diese Rolle haben.</translation>
    </message>
    <message>
        <source>Position in the role hierarchy (lower comes first).</source>
        <translation>Position in der Rollenhierarchie (niedrigere zuerst).</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>How many members hold the role, where the server reports it. The Returning.AI API has no member count for roles, so this column stays empty unless the server adds one.</source>
        <translation>Wie viele Mitglieder die Rolle haben, sofern der Server es meldet. Die Returning.AI-API liefert keine Mitgliederzahl für Rollen, daher bleibt diese Spalte leer, solange der Server keine hinzufügt.</translation>
    </message>
</context>
<context>
    <name>ra::RolesPane</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Search roles (Ctrl+F)</source>
        <translation>Rollen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Rollen durchsuchen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Refresh roles</source>
        <translation>Rollen aktualisieren</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Move Role Up</source>
        <translation>Rolle nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Role Down</source>
        <translation>Rolle nach unten verschieben</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen …</translation>
    </message>
    <message>
        <source>The roles could not be loaded.</source>
        <translation>Die Rollen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This server has no roles yet. Press Ctrl+N to create one.</source>
        <translation>Dieser Server hat noch keine Rollen. Drücken Sie Strg+N, um eine zu erstellen.</translation>
    </message>
    <message>
        <source>Could not refresh the roles: %1 The table shows the last loaded list.</source>
        <translation>Die Rollen konnten nicht aktualisiert werden: %1 Die Tabelle zeigt die zuletzt geladene Liste.</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;?</source>
        <translation>Die Rolle „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) hold this role and will lose its permissions.</source>
        <translation>
            <numerusform>%n Mitglied hat diese Rolle und verliert ihre Berechtigungen.</numerusform>
            <numerusform>%n Mitglieder haben diese Rolle und verlieren ihre Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member who holds this role will lose its permissions.</source>
        <translation>Jedes Mitglied mit dieser Rolle verliert ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Undo re-creates the role with the same settings, but not its member assignments.</source>
        <translation>„Rückgängig“ erstellt die Rolle mit denselben Einstellungen neu, aber nicht ihre Zuweisungen an Mitglieder.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Move role &quot;%1&quot;</source>
        <translation>Rolle „%1“ verschieben</translation>
    </message>
    <message>
        <source>Create role &quot;%1&quot;</source>
        <translation>Rolle „%1“ erstellen</translation>
    </message>
    <message>
        <source>Edit role &quot;%1&quot;</source>
        <translation>Rolle „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete role &quot;%1&quot;</source>
        <translation>Rolle „%1“ löschen</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
</context>
<context>
    <name>ra::SandboxControl</name>
    <message>
        <source>Opening the local sandbox&apos;s demo community…</source>
        <translation>Die Demo-Community der lokalen Sandbox wird geöffnet …</translation>
    </message>
    <message numerus="yes">
        <source>Starting the local sandbox with %n demo member(s)…</source>
        <translation>
            <numerusform>Die lokale Sandbox wird mit %n Demo-Mitglied gestartet …</numerusform>
            <numerusform>Die lokale Sandbox wird mit %n Demo-Mitgliedern gestartet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>The demo community is in use by another Returning Admin window.</source>
        <translation>Die Demo-Community wird von einem anderen Returning-Admin-Fenster verwendet.</translation>
    </message>
    <message>
        <source>This window works on a temporary demo community instead. What you change here is lost when you quit; the kept demo community (%1) is not touched.</source>
        <translation>Dieses Fenster arbeitet stattdessen mit einer temporären Demo-Community. Was Sie hier ändern, geht beim Beenden verloren; die behaltene Demo-Community (%1) bleibt unberührt.</translation>
    </message>
    <message>
        <source>The local sandbox could not start.</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Reset Demo Community</source>
        <translation>Demo-Community zurücksetzen</translation>
    </message>
    <message>
        <source>Reset this window&apos;s temporary demo community?</source>
        <translation>Die temporäre Demo-Community dieses Fensters zurücksetzen?</translation>
    </message>
    <message>
        <source>Reset the demo community kept in %1?</source>
        <translation>Die in %1 behaltene Demo-Community zurücksetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Everything in the local sandbox is deleted: the members you imported or created, the badges, roles and channels you added or changed, and the API log. A new demo community with %n member(s) takes its place. This cannot be undone.</source>
        <translation>
            <numerusform>Alles in der lokalen Sandbox wird gelöscht: die Mitglieder, die Sie importiert oder erstellt haben, die Abzeichen, Rollen und Kanäle, die Sie hinzugefügt oder geändert haben, und das API-Protokoll. Eine neue Demo-Community mit %n Mitglied tritt an ihre Stelle. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Alles in der lokalen Sandbox wird gelöscht: die Mitglieder, die Sie importiert oder erstellt haben, die Abzeichen, Rollen und Kanäle, die Sie hinzugefügt oder geändert haben, und das API-Protokoll. Eine neue Demo-Community mit %n Mitgliedern tritt an ihre Stelle. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting the local sandbox to a new demo community…</source>
        <translation>Die lokale Sandbox wird auf eine neue Demo-Community zurückgesetzt …</translation>
    </message>
    <message>
        <source>Local sandbox ready on 127.0.0.1:%1.</source>
        <translation>Lokale Sandbox bereit unter 127.0.0.1:%1.</translation>
    </message>
</context>
<context>
    <name>ra::SavedFilterMenu</name>
    <message>
        <source>There is no saved filter named &quot;%1&quot;.</source>
        <translation>Es gibt keinen gespeicherten Filter namens „%1“.</translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; cannot be read: %2</source>
        <translation>Der gespeicherte Filter „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>&amp;Save Current Filter…</source>
        <translation>Aktuellen Filter &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>ra::SecureAuthDialog</name>
    <message>
        <source>Valid until %1, for one login.</source>
        <translation>Gültig bis %1, für eine Anmeldung.</translation>
    </message>
    <message>
        <source>The API does not say how long this URL stays valid; it is meant for one login. Anyone holding it can log in as the member.</source>
        <translation>Die API gibt nicht an, wie lange diese URL gültig bleibt; sie ist für eine einzige Anmeldung gedacht. Wer sie besitzt, kann sich als das Mitglied anmelden.</translation>
    </message>
    <message>
        <source>Secure Auth Login Link</source>
        <translation>Secure-Auth-Anmeldelink</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Mitglied:</translation>
    </message>
    <message>
        <source>id, username or e-mail</source>
        <translation>ID, Benutzername oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Get Link</source>
        <translation>Link &amp;abrufen</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>ra::SecureAuthLinks</name>
    <message>
        <source>Enter the member&apos;s id, username or e-mail address</source>
        <translation>Geben Sie die ID, den Benutzernamen oder die E-Mail-Adresse des Mitglieds ein</translation>
    </message>
    <message>
        <source>Secure Auth gave no login URL for %1</source>
        <translation>Secure Auth hat keine Anmelde-URL für %1 geliefert</translation>
    </message>
    <message>
        <source>Secure Auth refused %1: %2</source>
        <translation>Secure Auth hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>No login URL for %1: %2</source>
        <translation>Keine Anmelde-URL für %1: %2</translation>
    </message>
</context>
<context>
    <name>ra::ServerDialog</name>
    <message>
        <source>New Server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>Edit Server &quot;%1&quot;</source>
        <translation>Server „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ra::ServerPicker</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The server whose items this pane shows</source>
        <translation>Der Server, dessen Elemente dieser Bereich zeigt</translation>
    </message>
</context>
<context>
    <name>ra::ServerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>ra::ServersPane</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) on this server, in hierarchy order.</source>
        <translation>
            <numerusform>%n Rolle auf diesem Server, in Hierarchiereihenfolge.</numerusform>
            <numerusform>%n Rollen auf diesem Server, in Hierarchiereihenfolge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) on this server.</source>
        <translation>
            <numerusform>%n Kanal auf diesem Server.</numerusform>
            <numerusform>%n Kanäle auf diesem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search servers (Ctrl+F)</source>
        <translation>Server durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>Server durchsuchen</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation>Server bearbeiten</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>Server löschen</translation>
    </message>
    <message>
        <source>Refresh servers</source>
        <translation>Server aktualisieren</translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation>Server werden geladen …</translation>
    </message>
    <message>
        <source>The servers could not be loaded.</source>
        <translation>Die Server konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This account has no servers yet. Press Ctrl+N to create one.</source>
        <translation>Dieses Konto hat noch keine Server. Drücken Sie Strg+N, um einen zu erstellen.</translation>
    </message>
    <message>
        <source>Could not load the servers: %1</source>
        <translation>Die Server konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not refresh the servers: %1 The table shows the last loaded list.</source>
        <translation>Die Server konnten nicht aktualisiert werden: %1 Die Tabelle zeigt die zuletzt geladene Liste.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation>Ausgewählter Server</translation>
    </message>
    <message>
        <source>Roles of the selected server</source>
        <translation>Rollen des ausgewählten Servers</translation>
    </message>
    <message>
        <source>Channels of the selected server</source>
        <translation>Kanäle des ausgewählten Servers</translation>
    </message>
    <message>
        <source>Edit server &quot;%1&quot;</source>
        <translation>Server „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Rename the server “%1” to “%2”?</source>
        <translation>Den Server „%1“ in „%2“ umbenennen?</translation>
    </message>
    <message>
        <source>Rename server &quot;%1&quot;</source>
        <translation>Server „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>ra::SubcommandArgs</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>--base-url takes FAMILY=URL, not &quot;%1&quot;</source>
        <translation>--base-url erwartet FAMILY=URL, nicht „%1“</translation>
    </message>
    <message>
        <source>--base-url must not contain a user name or password; give the key with a key option or its variable</source>
        <translation>--base-url darf keinen Benutzernamen und kein Passwort enthalten; geben Sie den Schlüssel mit einer Schlüsseloption oder der zugehörigen Variablen an</translation>
    </message>
</context>
<context>
    <name>ra::TableCsvWriter</name>
    <message>
        <source>Cannot write row %1: %2</source>
        <translation>Zeile %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::UploadDevice</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ra::UserActivityView</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Daily XP and coins</source>
        <translation>XP und Coins pro Tag</translation>
    </message>
    <message>
        <source>Daily messages, replies, reactions and socials</source>
        <translation>Nachrichten, Antworten, Reaktionen und Social-Aktionen pro Tag</translation>
    </message>
    <message>
        <source>Daily activity table</source>
        <translation>Tabelle der täglichen Aktivität</translation>
    </message>
</context>
<context>
    <name>ra::UserApiKeysSection</name>
    <message>
        <source>The API keys could not be read: %1</source>
        <translation>Die API-Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The login has expired. Log in again to see and manage this member&apos;s API keys.</source>
        <translation>Die Anmeldung ist abgelaufen. Melden Sie sich erneut an, um die API-Schlüssel dieses Mitglieds zu sehen und zu verwalten.</translation>
    </message>
    <message>
        <source>Managing a member&apos;s API keys needs a login to an account.</source>
        <translation>Um die API-Schlüssel eines Mitglieds zu verwalten, ist eine Anmeldung bei einem Konto erforderlich.</translation>
    </message>
    <message>
        <source>The key was not created: %1</source>
        <translation>Der Schlüssel wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was not changed: %2</source>
        <translation>Der Schlüssel „%1“ wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation>API-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the API key &quot;%1&quot;?</source>
        <translation>Den API-Schlüssel „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete the API key &quot;%1&quot; of %2?</source>
        <translation>Den API-Schlüssel „%1“ von %2 löschen?</translation>
    </message>
    <message>
        <source>Whatever uses this key stops working at once. This cannot be undone: a new key has a new secret.</source>
        <translation>Alles, was diesen Schlüssel verwendet, funktioniert sofort nicht mehr. Dies kann nicht rückgängig gemacht werden: Ein neuer Schlüssel hat ein neues Geheimnis.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was not deleted: %2</source>
        <translation>Der Schlüssel „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>An&amp;melden …</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Neuer Schlüssel …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen …</translation>
    </message>
    <message>
        <source>&amp;Info…</source>
        <translation>&amp;Info …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
</context>
<context>
    <name>ra::UserDetailPanel</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Select a user to see their details and activity.</source>
        <translation>Wählen Sie einen Benutzer aus, um Details und Aktivität zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>User id:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>XP:</source>
        <translation>XP:</translation>
    </message>
    <message>
        <source>Coins:</source>
        <translation>Coins:</translation>
    </message>
    <message>
        <source>XP today:</source>
        <translation>XP heute:</translation>
    </message>
    <message>
        <source>Coins today:</source>
        <translation>Coins heute:</translation>
    </message>
    <message>
        <source>Highest role:</source>
        <translation>Höchste Rolle:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Beigetreten:</translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation>Nachrichten:</translation>
    </message>
    <message>
        <source>Reactions:</source>
        <translation>Reaktionen:</translation>
    </message>
    <message>
        <source>Replies sent:</source>
        <translation>Gesendete Antworten:</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>Besuche:</translation>
    </message>
    <message>
        <source>Time spent:</source>
        <translation>Verbrachte Zeit:</translation>
    </message>
    <message>
        <source>Login streak:</source>
        <translation>Login-Serie:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles on this server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rollen auf diesem Server&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;Benutzerdefinierte Felder&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Roles on this server</source>
        <translation>Rollen auf diesem Server</translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation>Benutzer &amp;löschen …</translation>
    </message>
    <message>
        <source>&amp;Restore User…</source>
        <translation>Benutzer wieder&amp;herstellen …</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Restore user</source>
        <translation>Benutzer wiederherstellen</translation>
    </message>
    <message>
        <source>Delete this user&apos;s account (Ctrl+Shift+Del)</source>
        <translation>Das Konto dieses Benutzers löschen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Restore this deleted account (Ctrl+Shift+R)</source>
        <translation>Dieses gelöschte Konto wiederherstellen (Strg+Umschalt+R)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 — deleted</source>
        <translation>%1 — gelöscht</translation>
    </message>
    <message>
        <source>(could not be loaded)</source>
        <translation>(konnte nicht geladen werden)</translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation>Der Benutzer konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The user&apos;s roles could not be loaded: %1</source>
        <translation>Die Rollen des Benutzers konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The XP and coins history could not be loaded: %1</source>
        <translation>Der Verlauf von XP und Coins konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The activity stats could not be loaded: %1</source>
        <translation>Die Aktivitätsstatistik konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Restore User</source>
        <translation>Benutzer wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the account of &quot;%1&quot; (%2)?</source>
        <translation>Das Konto von „%1“ (%2) wiederherstellen?</translation>
    </message>
    <message>
        <source>The user can sign in again.</source>
        <translation>Der Benutzer kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete the account of &quot;%1&quot; (%2)?</source>
        <translation>Das Konto von „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>The user can no longer sign in. You can restore the account later.</source>
        <translation>Der Benutzer kann sich nicht mehr anmelden. Sie können das Konto später wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation>„%1“ wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation>„%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was restored.</source>
        <translation>„%1“ wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: the account does not exist or was deleted.</source>
        <translation>Kein Benutzer „%1“: Das Konto existiert nicht oder wurde gelöscht.</translation>
    </message>
    <message>
        <source>As the server reports it: the Returning.AI API does not say whether this is in seconds or minutes.</source>
        <translation>Wie vom Server gemeldet: Die Returning.AI-API gibt nicht an, ob dies Sekunden oder Minuten sind.</translation>
    </message>
    <message>
        <source>%1 (no unit given by the API)</source>
        <translation>%1 (keine Einheit von der API angegeben)</translation>
    </message>
</context>
<context>
    <name>ra::UserFieldDialog</name>
    <message>
        <source>New User Field</source>
        <translation>Neues Benutzerfeld</translation>
    </message>
    <message>
        <source>Edit User Field &quot;%1&quot;</source>
        <translation>Benutzerfeld „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Default value:</source>
        <translation>Standard&amp;wert:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>&amp;Required: every member must have a value</source>
        <translation>&amp;Erforderlich: Jedes Mitglied muss einen Wert haben</translation>
    </message>
    <message>
        <source>The key the API stores values under; spaces become hyphens. It cannot be changed later.</source>
        <translation>Der Schlüssel, unter dem die API die Werte speichert; Leerzeichen werden zu Bindestrichen. Er kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>The key cannot be changed once the field exists.</source>
        <translation>Der Schlüssel kann nicht mehr geändert werden, sobald das Feld existiert.</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Eine Option pro Zeile</translation>
    </message>
    <message>
        <source>The choices of a Choice field, one per line.</source>
        <translation>Die Optionen eines Felds vom Typ „Auswahl“, eine pro Zeile.</translation>
    </message>
    <message>
        <source>The value a member without one gets; it must suit the type.</source>
        <translation>Der Wert, den ein Mitglied ohne eigenen Wert erhält; er muss zum Typ passen.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>ra::UserFieldTableModel</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>ra::UserFieldsPane</name>
    <message>
        <source>User Fields</source>
        <translation>Benutzerfelder</translation>
    </message>
    <message>
        <source>User fields</source>
        <translation>Benutzerfelder</translation>
    </message>
    <message>
        <source>User fields of %1</source>
        <translation>Benutzerfelder von %1</translation>
    </message>
    <message>
        <source>Search user fields (Ctrl+F)</source>
        <translation>Benutzerfelder durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search user fields</source>
        <translation>Benutzerfelder durchsuchen</translation>
    </message>
    <message>
        <source>New user field</source>
        <translation>Neues Benutzerfeld</translation>
    </message>
    <message>
        <source>Edit user field</source>
        <translation>Benutzerfeld bearbeiten</translation>
    </message>
    <message>
        <source>Delete user field</source>
        <translation>Benutzerfeld löschen</translation>
    </message>
    <message>
        <source>Refresh user fields</source>
        <translation>Benutzerfelder aktualisieren</translation>
    </message>
    <message>
        <source>Loading user fields…</source>
        <translation>Benutzerfelder werden geladen …</translation>
    </message>
    <message>
        <source>The user fields could not be loaded.</source>
        <translation>Die Benutzerfelder konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>This community has no custom user fields yet. Press Ctrl+N to create one.</source>
        <translation>Diese Community hat noch keine eigenen Benutzerfelder. Drücken Sie Strg+N, um eines zu erstellen.</translation>
    </message>
    <message>
        <source>Could not load the user fields: %1</source>
        <translation>Die Benutzerfelder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not refresh the user fields: %1 The table shows the last loaded list.</source>
        <translation>Die Benutzerfelder konnten nicht aktualisiert werden: %1 Die Tabelle zeigt die zuletzt geladene Liste.</translation>
    </message>
    <message>
        <source>Create user field &quot;%1&quot;</source>
        <translation>Benutzerfeld „%1“ erstellen</translation>
    </message>
    <message>
        <source>Edit user field &quot;%1&quot;</source>
        <translation>Benutzerfeld „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete User Field</source>
        <translation>Benutzerfeld löschen</translation>
    </message>
    <message>
        <source>Delete the user field &quot;%1&quot; of %2?</source>
        <translation>Das Benutzerfeld „%1“ von %2 löschen?</translation>
    </message>
    <message>
        <source>Every member&apos;s value of &quot;%1&quot; is lost with it, and its history. Undo re-creates the field with the same key, type and options, but not the members&apos; values.</source>
        <translation>Damit gehen die Werte aller Mitglieder für „%1“ verloren, ebenso sein Verlauf. „Rückgängig“ erstellt das Feld mit demselben Schlüssel, demselben Typ und denselben Optionen neu, aber nicht die Werte der Mitglieder.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete user field &quot;%1&quot;</source>
        <translation>Benutzerfeld „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>ra::UserFilterBar</name>
    <message>
        <source>XP: the minimum is above the maximum.</source>
        <translation>XP: Das Minimum liegt über dem Maximum.</translation>
    </message>
    <message>
        <source>Coins: the minimum is above the maximum.</source>
        <translation>Coins: Das Minimum liegt über dem Maximum.</translation>
    </message>
    <message>
        <source>Joined between: the first date is after the second.</source>
        <translation>Beitritt zwischen: Das erste Datum liegt nach dem zweiten.</translation>
    </message>
    <message>
        <source>Mo&amp;re filters</source>
        <translation>&amp;Weitere Filter</translation>
    </message>
    <message numerus="yes">
        <source>Mo&amp;re filters (%n set)</source>
        <translation>
            <numerusform>&amp;Weitere Filter (%n gesetzt)</numerusform>
            <numerusform>&amp;Weitere Filter (%n gesetzt)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Custom field: choose the field to match.</source>
        <translation>Benutzerdefiniertes Feld: Wählen Sie das abzugleichende Feld aus.</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Benutzerdefiniertes Feld %1</translation>
    </message>
</context>
<context>
    <name>ra::UserFilterSpec</name>
    <message>
        <source>Filter field &apos;%1&apos; has a value of the wrong type</source>
        <translation>Filterfeld „%1“ hat einen Wert des falschen Typs</translation>
    </message>
    <message>
        <source>Filter field &apos;%1.%2&apos; is not a valid range bound</source>
        <translation>Filterfeld „%1.%2“ ist keine gültige Bereichsgrenze</translation>
    </message>
    <message>
        <source>The saved filter is not a JSON object: %1</source>
        <translation>Der gespeicherte Filter ist kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>ra::UserList</name>
    <message>
        <source>Line %1: blank, skipped</source>
        <translation>Zeile %1: leer, übersprungen</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; repeats line %3, sent once</source>
        <translation>Zeile %1: „%2“ wiederholt Zeile %3, einmal gesendet</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a member id, username or e-mail</source>
        <translation>Zeile %1: „%2“ ist weder Mitglieds-ID noch Benutzername noch E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The member list is not a text file</source>
        <translation>Die Mitgliederliste ist keine Textdatei</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; its columns are: %2</source>
        <translation>Die Datei hat keine Spalte „%1“; ihre Spalten sind: %2</translation>
    </message>
    <message>
        <source>No column holds member ids, usernames or e-mails; choose one (columns: %1)</source>
        <translation>Keine Spalte enthält Mitglieder-IDs, Benutzernamen oder E-Mail-Adressen; wählen Sie eine aus (Spalten: %1)</translation>
    </message>
</context>
<context>
    <name>ra::UserListDialog</name>
    <message>
        <source>Give %1 to…</source>
        <translation>%1 vergeben an …</translation>
    </message>
    <message>
        <source>Who should get %1? One member a line: an id, a username or an e-mail. Nothing is sent before you see what will happen.</source>
        <translation>Wer soll %1 erhalten? Ein Mitglied pro Zeile: eine ID, ein Benutzername oder eine E-Mail-Adresse. Es wird nichts gesendet, bevor Sie sehen, was geschehen wird.</translation>
    </message>
    <message>
        <source>jurgen.muller
ingrid@example.com
17</source>
        <translation>jurgen.muller
ingrid@example.com
17</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>ra::UserResolver</name>
    <message>
        <source>no member has this username or e-mail</source>
        <translation>kein Mitglied hat diesen Benutzernamen oder diese E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the lookup failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>matched %1 members</source>
        <translation>passt zu %1 Mitgliedern</translation>
    </message>
    <message>
        <source>known before sending (Get role list of user)</source>
        <translation>vor dem Senden bekannt (Get role list of user)</translation>
    </message>
</context>
<context>
    <name>ra::UserTableModel</name>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
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
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
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
        <source>XP</source>
        <translation>XP</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Coins</translation>
    </message>
</context>
<context>
    <name>ra::UsersPane</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Quick filter over the loaded users (Ctrl+F)</source>
        <translation>Schnellfilter für die geladenen Benutzer (Strg+F)</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation>Einen Benutzer erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>Als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh users</source>
        <translation>Benutzer aktualisieren</translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation>Die Benutzer neu laden (F5)</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Klicken zum Sortieren; Rechtsklick zum Auswählen der Spalten</translation>
    </message>
    <message>
        <source>Users status</source>
        <translation>Status der Benutzer</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Export Users to CSV</source>
        <translation>Benutzer als CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>C&amp;ommunity</source>
        <translation>C&amp;ommunity</translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation>Die Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation>alle geladen</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation>Name des Filters:</translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Res&amp;tore User…</source>
        <translation>Benutzer wieder&amp;herstellen …</translation>
    </message>
    <message>
        <source>Restore a deleted user</source>
        <translation>Einen gelöschten Benutzer wiederherstellen</translation>
    </message>
    <message>
        <source>Restore a deleted account by username, e-mail or id</source>
        <translation>Ein gelöschtes Konto per Benutzername, E-Mail-Adresse oder ID wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres Mitglied</numerusform>
            <numerusform>%1 und %n weitere Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s): %1?</source>
        <translation>
            <numerusform>%n Mitglied löschen: %1?</numerusform>
            <numerusform>%n Mitglieder löschen: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>They can no longer sign in. You can restore an account later (Restore User…).</source>
        <translation>Die Benutzer können sich dann nicht mehr anmelden. Sie können ein Konto später wiederherstellen („Benutzer wiederherstellen …“).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n member(s).</source>
        <translation>
            <numerusform>%n Mitglied gelöscht.</numerusform>
            <numerusform>%n Mitglieder gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Save every member the filter matches, in the columns shown, as CSV (Ctrl+E)</source>
        <translation>Alle zum Filter passenden Mitglieder mit den angezeigten Spalten als CSV speichern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Users…</source>
        <translation>Ausgewählte Benutzer &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the accounts of the highlighted rows (Del)</source>
        <translation>Die Konten der markierten Zeilen löschen (Entf)</translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation>%1 von %2 passend</translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation>%1 passend</translation>
    </message>
    <message>
        <source>%1 loaded, total unknown</source>
        <translation>%1 geladen, Gesamtzahl unbekannt</translation>
    </message>
    <message>
        <source>exporting: %1 of %2 written</source>
        <translation>Export: %1 von %2 geschrieben</translation>
    </message>
    <message>
        <source>exporting: %1 written</source>
        <translation>Export: %1 geschrieben</translation>
    </message>
    <message>
        <source>Exporting every member the filter matches to %1, page by page…</source>
        <translation>Alle zum Filter passenden Mitglieder werden seitenweise nach %1 exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>%n Mitglied nach %1 exportiert.</numerusform>
            <numerusform>%n Mitglieder nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are in the server&apos;s order: the table&apos;s sort applies only to the loaded rows.</source>
        <translation>Die Mitglieder stehen in der Reihenfolge des Servers: Die Sortierung der Tabelle gilt nur für die geladenen Zeilen.</translation>
    </message>
    <message>
        <source>%1 of at most %2 matching</source>
        <translation>%1 von höchstens %2 passend</translation>
    </message>
    <message>
        <source>Member details</source>
        <translation>Details des Mitglieds</translation>
    </message>
</context>
</TS>
