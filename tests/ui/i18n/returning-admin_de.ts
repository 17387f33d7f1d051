<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A few German strings for tst_languageswitch only: one or more in each pane, dialog
     and menu it looks at. The real catalogue is translations/returning-admin_de.ts. -->
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ra::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>ra::ServersPane</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Search servers (Ctrl+F)</source>
        <translation>Server suchen (Strg+F)</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) on this server, in hierarchy order.</source>
        <translation>
            <numerusform>%n Rolle auf diesem Server, nach Rang.</numerusform>
            <numerusform>%n Rollen auf diesem Server, nach Rang.</numerusform>
        </translation>
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
        <translation>Rollen suchen (Strg+F)</translation>
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
        <translation>Kanäle suchen (Strg+F)</translation>
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
        <translation>Abzeichen suchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>ra::UsersPane</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>ra::UserTableModel</name>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
</context>
<context>
    <name>ra::ApiLogPane</name>
    <message>
        <source>API Log</source>
        <translation>API-Protokoll</translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation>Massenaufträge</translation>
    </message>
</context>
<context>
    <name>ra::PaletteDock</name>
    <message>
        <source>Search roles and badges</source>
        <translation>Rollen und Abzeichen suchen</translation>
    </message>
</context>
</TS>
