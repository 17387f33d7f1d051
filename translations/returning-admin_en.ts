<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiProfileResolver</name>
    <message>
        <source>There is no saved connection profile named &quot;%1&quot; (saved profiles: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeDialog</name>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Early supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What earns the badge; &quot;custom&quot; badges are awarded by hand or through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action&apos;s count that earns the badge (the API&apos;s &quot;quantity&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award &amp;XP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XP awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award c&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachment required to claim it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate images for &amp;light and dark themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (light theme):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image for the dark theme:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run one API operation and print the reply as JSON (see: returning-admin api --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded sandbox server with a demo community and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the connection profile named NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every API request, without secrets, to FILE as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. Run returning-admin --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-users takes a whole number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning Admin: the desktop console for Returning.AI community managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: returning-admin [options]
       returning-admin &lt;subcommand&gt; [arguments]

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning Admin: the desktop console for Returning.AI community managers.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands: none in this build.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands (run without a display):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning Admin %1 (Qt %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and validate a bulk CSV without sending it (see: returning-admin csv-check --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate, send and follow a bulk CSV import or update (see: returning-admin import --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded sandbox from a new demo community, deleting the one kept from earlier runs (implies --sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of members in a new demo community (1 to 1000000, default 1000); a kept one keeps its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give or take a badge or role to a list of members as one journaled job (see: returning-admin assign --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Auth URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL; use e.g. https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &quot;%1&quot; is already used by another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community ID must not contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https:// (http only for localhost or 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; keys belong in the API keys, which are kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lovelace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spaces, e.g. ada_lovelace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isplay name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown to other members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional for SSO users; at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional referrer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join the server at once (full community member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send a welcome e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the pass&amp;word to the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalReport</name>
    <message>
        <source>being sent when interrupted (in doubt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by the server, job not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 row(s) were already handed to the server; %3 row(s) are left to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) were being sent when it stopped: the server&apos;s API log is asked whether they arrived before they are sent again, so no row is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: bulk update of existing members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: bulk import of new members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In doubt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the file was cancelled and will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No part of the file was sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- job %1, %2 processed, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 must have at most %n characters.</source>
        <translation>
            <numerusform>%1 must have at most %n characters.</numerusform>
            <numerusform>%1 must have at most %n characters.</numerusform>
        </translation>
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
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; is not a valid address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Password must have at least %n characters.</source>
        <translation>
            <numerusform>Password must have at least %n characters.</numerusform>
            <numerusform>Password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat the password to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password confirmation does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access level must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field %1 has no field name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field &quot;%1&quot; has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field &quot;%1&quot; is not a field of this community.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the server before a request fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parallel requests per server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel requests per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many requests run at once against one host; the rest wait in a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>This built-in profile points at the embedded local sandbox. Its endpoints, community and keys are set by the app each time the sandbox starts; it cannot be edited, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you recognise, e.g. “Acme production”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Community ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community the Integration API addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 64f1c0…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roduction community (real members)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the profile as production: the window shows a red banner while it is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…  (x-api-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Integration API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…  (Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…  (Get Messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure &amp;Auth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Auth domain URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System API key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;tegration key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileKeyReader</name>
    <message>
        <source>cannot read the keys of profile &quot;%1&quot; from the keychain (%2); give the key with --key-file or --key -, or set its RA_*_KEY variable, instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a custom colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the role hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower positions come first in the role hierarchy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billable role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billable role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the name when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. community.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFieldRules</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a single-line text cannot hold a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (e.g. 12 or -3.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not yes or no (true, false, yes, no, 1 or 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of its choices (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the type &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a choice field needs at least one option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an option is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the option &quot;%2…&quot; is longer than %3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the option &quot;%2&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only a choice field has options; a %2 field has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default value of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFilterBar</name>
    <message>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by join date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustom field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paging:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paging mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Get Users with Filters pages: by cursor or by page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the server filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty every filter and load all users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the server filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the users matching the filter (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filters by name, join date, XP, coins and custom field, and the paging mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community&apos;s custom field to match, by name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local Returning.AI-compatible server with a demo community.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AboutDialog</name>
    <message>
        <source>About Returning Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · Qt %2 (built with %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop console for Returning.AI community managers: servers, roles, channels, badges, users, messages and API keys, with bulk CSV import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: https://returning.ai
Documentation: https://docs.returning.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning Admin logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AccountDialog</name>
    <message>
        <source>Account %1 registered. Enter the code sent to it (the local sandbox prints the code on its log instead of mailing it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address %1 is verified. Log in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: enter an address like name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: use at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: enter the address you registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: enter the code sent to the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: enter the address of your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AccountPanes</name>
    <message>
        <source>Log In Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; API keys can be seen and managed only with a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register, verify your e-mail and log in for the token that manages API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Auth &amp;Login Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a one-time login URL for a member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AccountSession</name>
    <message>
        <source>The login of %1 expired at %2. Log in again to manage API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login of %1 has expired: log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (the server gave no expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept for this run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login of %1 has expired. Log in again to manage API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the login without a session token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the login of %1. Log in again to manage API keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AddHistoryEntryDialog</name>
    <message>
        <source>Add History Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id, e-mail or username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, e.g. 1250 or 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: give the member&apos;s id, e-mail or username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field: choose a field (the community has none yet, or they are loading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: give the new value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1 is a number field; &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1 is a date field; &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AnnounceDialog</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce to Several Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message every chosen channel gets (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped: the job&apos;s journal cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending to %n channel(s)…</source>
        <translation>
            <numerusform>Sending to %n channel…</numerusform>
            <numerusform>Sending to %n channels…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to %n channel(s).</source>
        <translation>
            <numerusform>Sent to %n channel.</numerusform>
            <numerusform>Sent to %n channels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to %1 of %2 channels; %3 failed (reasons in the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels to announce to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to every chosen channel (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this unsent message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not been sent and will not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AnnounceItemKind</name>
    <message>
        <source>Announce &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the message may have been posted; look at the channel before you retry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AnnounceOffer</name>
    <message>
        <source>Interrupted Announcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was interrupted before every channel was handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled: %1 of %2 channels (sent %3, not found %4, failed %5); %6 were on the wire and are looked up in their channel first. Resume sends to the rest, none twice. Forget stops here and you are not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement cannot be resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ApiClient</name>
    <message>
        <source>unknown operation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ApiCommand</name>
    <message>
        <source>--body is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url is not a URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history-shape is get or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name an operation, or use --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles are not available here; use --base-url and --key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --profile, or --base-url (the %1 API&apos;s base URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operation %1 (see --list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use either --profile or --base-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must not contain a user name or password; give the key with --key-file or an RA_*_KEY variable</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ApiError</name>
    <message>
        <source>The server rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is missing, invalid, expired or lacks the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is valid but may not access this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with the current state on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is rate-limiting requests. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply to %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send to %1: a non-local host must use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for %1 is incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ApiJobTableModel</name>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit API Key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown only when it was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the key a name, so its owner can tell it from others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on: choose a time in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ApiKeyTableModel</name>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ApiLogEntryTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ApiLogPane</name>
    <message>
        <source>API Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of job %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) in the API log</source>
        <translation>
            <numerusform>%n job in the API log</numerusform>
            <numerusform>%n jobs in the API log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still running</source>
        <translation>
            <numerusform>, %n still running</numerusform>
            <numerusform>, %n still running</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the API log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::Application</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;; using &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignCommand</name>
    <message>
        <source>award %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take %1 from %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-in-flight takes 1 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see assign --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --badge or --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the members with --users FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --profile P (or --base-url system=URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles are not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: no system key: give --system-key-file F or --system-key -, or set RA_SYSTEM_KEY. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: the list has usernames or e-mails, which are looked up through the Application API: give --base-url application=URL. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: the list has usernames or e-mails, which are looked up with the integration key: give --key-file F or --key -, or set RA_INTEGRATION_KEY. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: no community: give --community ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignFlowDialog</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 members of %2 for %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member has this id, username or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches members %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing failed, so there is nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job changed nothing, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignItemKind</name>
    <message>
        <source>Award badge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove badge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take away role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignJobView</name>
    <message>
        <source>The job&apos;s journal could not be written, so nothing more is sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 handled · done %3 · already %4 · not found %5 · failed %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s · ETA %2 · %3 in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back what this job changed, as a job of its own with a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: nothing new is sent; requests on the wire finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: waiting for the requests on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The rest can be sent later: the app offers this job again at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already had it %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not matched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched more than one member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad lines %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1 · %2/s on average</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignOutcome</name>
    <message>
        <source>%1 is not a badge or role assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignPanes</name>
    <message>
        <source>%1 now has %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already had %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not hold %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change %1 for %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing everyone the filter matches for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing everyone the filter matches: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing everyone the filter matches: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list everyone the filter matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled: %1 of %2 (done %3, already %4, not found %5, failed %6); %7 were on the wire and will be checked first. Resume sends to the rest, none twice. Forget stops here and you are not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment cannot be resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is no longer on the undo stack (Edit menu), so it cannot be undone from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made after this one come first: undo them in the Users pane (Edit ▸ Undo, Ctrl+Z) before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) was interrupted before every member was handled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignPreviewPage</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member has this id, username or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches members %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award %1 to %2 members of %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 to %2 members of %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2 members of %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will get it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will lose it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already have it: %1 (known; not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not hold it: %1 (known; not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already have it: not known before sending (the API lists no badges per member); the server&apos;s replies will tell, and the report counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched more than one member: %1 (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that are not an id, username or e-mail: %1 (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed twice (sent once): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show not matched (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show matched more than one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank lines: %1 (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated lines: %1 (sent once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show lines left out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignReportModel</name>
    <message>
        <source>not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched more than one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an id, username or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignRun</name>
    <message>
        <source>assign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 has not finished; resume it first (--resume %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 changed nothing, so there is nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming job %1: %2 (%3 of %4 members handled; %5 in doubt, checked first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role &quot;%1&quot; on server %2; its roles: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no badge &quot;%1&quot; on server %2; its badges: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 roles are named &quot;%2&quot;; give the id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 badges are named &quot;%2&quot;; give the id: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refuses the system key (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the server&apos;s badges and roles (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting anew (--restart): the interrupted job %1 is forgotten; members it handled are sent again and answered &quot;already&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the interrupted job %1 for this list (%2 of %3 members handled, %4 in doubt and checked first); no member is handled twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the list are not members; nothing was sent (fix them, or send the rest with --skip-bad)</source>
        <translation>
            <numerusform>%n line of the list are not members; nothing was sent (fix them, or send the rest with --skip-bad)</numerusform>
            <numerusform>%n lines of the list are not members; nothing was sent (fix them, or send the rest with --skip-bad)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; not matched: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; matched %3 members (%4); not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown until sent (the API lists no member&apos;s badges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 member(s) to send, already as asked: %3, not matched: %4, matched more than one: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 handled, %4/s, ETA %5 s, %6 in flight at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (journal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign: the job stopped before every member was handled; run the same command again (or --resume %1) to finish it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignScope</name>
    <message>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: %1 · server: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::AssignTarget</name>
    <message>
        <source>role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BadgeDialog</name>
    <message>
        <source>New Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Badge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge image (light theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge image (dark theme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image for the light theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upload &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BadgeTableModel</name>
    <message>
        <source>%1 XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge&apos;s quantity as the API gives it: a count, with no unit and no documented meaning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BadgesPane</name>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search badges (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badges could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This community has no badges yet. Press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the badges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the badges: %1 The table shows the last loaded list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create badge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit badge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the badge &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who hold it lose it. Undo re-creates a badge with the same settings and image, but does not award it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete badge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BulkAssignCommand</name>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job for &quot;%1&quot; could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members were not changed (failed %3, not found %4, not sent %5); the job&apos;s report says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BulkItemState</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BulkJob</name>
    <message>
        <source>Job %1 belongs to %2 (community %3), not to the server connected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied before the interruption (checked with the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done (an earlier attempt whose reply was lost may have applied it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BulkJournal</name>
    <message>
        <source>item %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result names no item or no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the job journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the job journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the job journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names no job id or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 cannot be read at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job journal %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BulkKinds</name>
    <message>
        <source>Unknown kind of bulk job &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BulkReport</name>
    <message>
        <source>Done %1 · already %2 · not found %3 · failed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not matched or bad %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::BulkResumeOffer</name>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CellProblem</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most 50 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; already appears in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; already appears earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; already appears in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; already appears earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name(s) &quot;%1&quot; not found on the server (names are case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag name(s) &quot;%1&quot; not found on the server (names are case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operation: use add, subtract or overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell is not valid UTF-8: choose the file&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows the closing quote of this cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; appears again in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &quot;%1&quot; appears again in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number for the custom field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD) for the custom field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (true, false, yes, no, 1 or 0) for the custom field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of the custom field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field %1 takes one line of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom field %1 takes at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ChannelDialog</name>
    <message>
        <source>New Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ChannelTableModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ChannelsPane</name>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search channels (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System API list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration API list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel list source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which API lists the channels: the System &quot;get channels list&quot; or the Integration &quot;Get Channels List&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channels could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no channels yet. Press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the channels: %1 The table shows the last loaded list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the channels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the channel &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its messages and the members&apos; access to it go with it. Undo re-creates a channel with the same topic and type, but not its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ChartExport</name>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart &amp;Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ClientBinder</name>
    <message>
        <source>the keys of profile &quot;%1&quot; cannot be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ColumnChooser</name>
    <message>
        <source>Show All Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ColumnMapping</name>
    <message>
        <source>Map an Email or a Username column: updates find users by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Map the required column(s): %1.</source>
        <translation>
            <numerusform>Map the required column: %1.</numerusform>
            <numerusform>Map the required columns: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::CommandCatalog</name>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CommandPalette</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n command(s). Enter runs, Esc closes.</source>
        <translation>
            <numerusform>%n command. Enter runs, Esc closes.</numerusform>
            <numerusform>%n commands. Enter runs, Esc closes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a command, pane, saved filter or member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CommandPaletteController</name>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find any command, pane, saved filter or recent member by name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CommunityOverview</name>
    <message>
        <source>the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members who joined in the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members with at least %1 XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members with at least %1 coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the members with %1 XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CommunityUserTableModel</name>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
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
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CommunityUsersView</name>
    <message>
        <source>Could not read the member again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members by username, e-mail or display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search community members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community members status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the community members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same members as the Members tab, as the Application API lists them: ID here is the member&apos;s 24-character ObjectId, while the Members tab shows the numeric user id of the Integration API. Both name the same person; search here by username or e-mail to find a member from the other tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ConnectionsPane</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the connection profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its API keys are removed from the system keychain. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this profile active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register, verify or log in to an account on the active profile; the login&apos;s session token manages members&apos; API keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CountChart</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a bar to see its count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not counted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CountSeriesModel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CreateUserDialog</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in first and last name, username, display name and e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This community&apos;s fields:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CsvCheckCommand</name>
    <message>
        <source>unknown encoding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter is one of , ; | tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the CSV file to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read as CSV: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: data rows: %2, rows with problems: %3, problems: %4. Encoding %5, delimiter %6.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role and Tag names were not checked (give --profile to check roles).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv-check: %1 (see csv-check --help)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv-check: profiles are not available here
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv-check: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv-check: cannot read the server&apos;s roles: %1
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key, --key-file and --community need --profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CsvColumnDialog</name>
    <message>
        <source>Give %1 to the members in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds the members (usernames, e-mails or ids)? Nothing is sent before you see what will happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: that is not a member list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members in this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be used and will not be sent: %1</source>
        <translation>
            <numerusform>%n line cannot be used and will not be sent: %1</numerusform>
            <numerusform>%n lines cannot be used and will not be sent: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a column&apos;s header to take its members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members are taken from this column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CsvDialect</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (big endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CsvError</name>
    <message>
        <source>a quoted field is never closed (it runs to the end of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes are not valid UTF-8 (choose another encoding?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 (line %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is longer than %L1 bytes, the limit of one row; the quoted cell in this column is not closed within that (is a closing quote missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is longer than %L1 bytes, the limit of one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more than %L1 cells, the limit of one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a text file (it contains NUL or control bytes; an image, a workbook or an archive?). Save it as CSV and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CsvExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table changed while exporting to %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CsvPreviewModel</name>
    <message>
        <source>%1 (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; feeds the template column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: this row is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the row cannot be sent as it is, or that you skipped it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CustomFieldsView</name>
    <message>
        <source>not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
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
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s custom fields, typed by the community&apos;s field definitions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::DetailTable</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to see its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::DiscardGuard</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::DurationText</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::EmbeddedSandbox</name>
    <message>
        <source>Cannot create the folder %1 for the local sandbox&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1 for the local sandbox&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1 to start a new demo community.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::EntityPane</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not do &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step stays in the undo history; Undo tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed; Redo tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing in place: Enter saves, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in place (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change on production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active profile is marked production: the change is sent to the live community at once. Undo sends the old value back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Enter or Shift+F2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::FailedRowsModel</name>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryAction</name>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how this field of the member changed over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryChart</name>
    <message>
        <source>There is no chart data to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole range (Ctrl+0, or double-click the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom the time axis. Drag: move. Double-click: reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a change to see its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member and a number or date field to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history for this member and field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only number and date fields are charted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %L1 changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryModel</name>
    <message>
        <source>Member created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::FieldHistoryPane</name>
    <message>
        <source>Field History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any member (id, e-mail or username)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a value of a member&apos;s field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s), %L1 shown</source>
        <translation>
            <numerusform>%Ln change, %L1 shown</numerusform>
            <numerusform>%Ln changes, %L1 shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) shown</source>
        <translation>
            <numerusform>%Ln change shown</numerusform>
            <numerusform>%Ln changes shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart this member&apos;s field over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member and a number or date field to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 = %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::GamificationChart</name>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole range (Ctrl+0, or double-click the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom the dates. Drag: move. Double-click: reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a day to see its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart data to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::GamificationSeriesModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln coin(s)</source>
        <translation>
            <numerusform>%Ln coin</numerusform>
            <numerusform>%Ln coins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(s)</source>
        <translation>
            <numerusform>%Ln reply</numerusform>
            <numerusform>%Ln replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reaction(s)</source>
        <translation>
            <numerusform>%Ln reaction</numerusform>
            <numerusform>%Ln reactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln social(s)</source>
        <translation>
            <numerusform>%Ln social</numerusform>
            <numerusform>%Ln socials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::HoldingChip</name>
    <message>
        <source>×</source>
        <comment>remove a role or badge chip</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the role &quot;%1&quot; away (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the badge &quot;%1&quot; (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete, or drag it out of the panel, to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::HoldingChips</name>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known from award replies in this session; the API lists no badges per member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the API lists no badges per member. Badges show here once an award reply in this session names them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImageCache</name>
    <message>
        <source>Not a web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to load an image over plain http from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file at %1 is not an image this program can show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImageDropWidget</name>
    <message>
        <source>No image. Drop a PNG, JPEG, GIF, WebP or BMP file here (at most %1 MB) or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an image file here (at most %1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current image (loading…): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3, %4), uploaded when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Badge Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImageFile</name>
    <message>
        <source>&quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; an image may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PNG, JPEG, GIF, WebP or BMP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImageUpload</name>
    <message>
        <source>The upload answered without an image URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportCommand</name>
    <message>
        <source>%1 takes a positive number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one file, not &quot;%1&quot; too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --profile P (or --base-url integration=URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles are not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: no community: give --community ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows processed, %4 created, %5 updated, %6 failed, %7 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import: %n row(s) have problems</source>
        <translation>
            <numerusform>import: %n row have problems</numerusform>
            <numerusform>import: %n rows have problems</numerusform>
        </translation>
    </message>
    <message>
        <source>; sending anyway (--force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing sent (fix them, or use --force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>Sending %n row…</numerusform>
            <numerusform>Sending %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>import: %1 cannot be read as CSV: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 anew (--restart): the interrupted import started %2 is forgotten; rows it sent may be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: %1 changed since its interrupted import started %2 (%3 of %4 rows were handed to the server). Nothing was sent. Rerun with --restart to send the file as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the server refuses the integration key (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: cannot read the server&apos;s API log, so the import could not be followed (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the interrupted import of %1 started %2 (%3 of %4 rows had been handed over); rows that reached the server are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: cannot resume: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one key can come from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. By the server&apos;s count, of %2 rows: %3 created, %4 updated, %5 failed, %6 unconfirmed, %7 not sent (%n job(s)).</source>
        <translation>
            <numerusform>%1. By the server&apos;s count, of %2 rows: %3 created, %4 updated, %5 failed, %6 unconfirmed, %7 not sent (%n job).</numerusform>
            <numerusform>%1. By the server&apos;s count, of %2 rows: %3 created, %4 updated, %5 failed, %6 unconfirmed, %7 not sent (%n jobs).</numerusform>
        </translation>
    </message>
    <message>
        <source>import: no integration key: give --key-file F or --key -, or set RA_INTEGRATION_KEY. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportDocument</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 are not available (the file is not fully read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ended before row %1: was it changed on disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportDryRunPage</name>
    <message>
        <source>Optional: check which users already exist before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 of %2 rows so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 rows checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be updated: %1. Not on the server, would fail: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be created: %1. Already on the server, would fail: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Email or Username: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) failed: %1</source>
        <translation>
            <numerusform>%n lookup failed: %1</numerusform>
            <numerusform>%n lookups failed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent yet. Optionally ask the server which users already exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check against the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the member list: page %1 of %2; %3 of %4 rows found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %1 rows checked against the member list (%n page(s)).</source>
        <translation>
            <numerusform>All %1 rows checked against the member list (%n page).</numerusform>
            <numerusform>All %1 rows checked against the member list (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>No row can be sent: each row is skipped or has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be taken back once it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln row(s) to %1?</source>
        <translation>
            <numerusform>Send %Ln row to %1?</numerusform>
            <numerusform>Send %Ln rows to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with problems will be skipped.</source>
        <translation>
            <numerusform>%Ln row with problems will be skipped.</numerusform>
            <numerusform>%Ln rows with problems will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) you skipped will not be sent.</source>
        <translation>
            <numerusform>%Ln row you skipped will not be sent.</numerusform>
            <numerusform>%Ln rows you skipped will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with problems, will fail (not sent): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped by you (not sent): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; on %Ln row(s)</source>
        <translation>
            <numerusform>%1 &quot;%2&quot; on %Ln row</numerusform>
            <numerusform>%1 &quot;%2&quot; on %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>other %1 names on %Ln row(s)</source>
        <translation>
            <numerusform>other %1 names on %Ln row</numerusform>
            <numerusform>other %1 names on %Ln rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked (the app cannot ask the server for these names; rows naming one the server does not have will fail): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportFilePage</name>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file, or drop one on the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the preview looks right; change the encoding or delimiter if it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1, %2. Reading the whole file (%3): %4 rows so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1, %2. %3 data rows, %4 columns, %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportMappingPage</name>
    <message>
        <source>Column in your file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template column for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers were matched to the template; change any that are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportModePage</name>
    <message>
        <source>What do you want to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk Import creates new members; Bulk Update changes members who already exist, matched by Email (or Username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import new users (Bulk Import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update existing users (Bulk Update)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportPanes</name>
    <message>
        <source>Interrupted Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted import of %1 cannot be resumed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rows already sent stay on the server and are listed in the API log. Forget this import to stop being asked; %n row(s) not yet sent will not be sent.</source>
        <translation>
            <numerusform>Rows already sent stay on the server and are listed in the API log. Forget this import to stop being asked; %n row not yet sent will not be sent.</numerusform>
            <numerusform>Rows already sent stay on the server and are listed in the API log. Forget this import to stop being asked; %n rows not yet sent will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the interrupted import of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was interrupted: the app stopped before every row was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sends the rows left to community %1. Review shows what the journal knows. Forget stops here: the rows left are not sent, and you are not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted Import: What the Journal Knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportProgress</name>
    <message>
        <source>Cancelling: finishing the upload in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done, %n row(s) failed</source>
        <translation>
            <numerusform>Done, %n row failed</numerusform>
            <numerusform>Done, %n rows failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the rows sent were processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole job failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s results could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the rows sent with this one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the server&apos;s results for %n row(s) could not be read; run the import again to read them (no row is sent twice)</source>
        <translation>
            <numerusform>the server&apos;s results for %n row could not be read; run the import again to read them (no row is sent twice)</numerusform>
            <numerusform>the server&apos;s results for %n rows could not be read; run the import again to read them (no row is sent twice)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ImportProgressChart</name>
    <message>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportProgressView</name>
    <message>
        <source>Checking the job failed, retrying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1 · Processed: %2 · Created: %3 · Updated: %4 · Failed: %5 · Jobs: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s · time left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed rows so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed row(s), with the server&apos;s reason:</source>
        <translation>
            <numerusform>%n failed row, with the server&apos;s reason:</numerusform>
            <numerusform>%n failed rows, with the server&apos;s reason:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed-rows.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no further chunks; rows already sent are still processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export failed rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Not sent: %1 · Unconfirmed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the file&apos;s %1 rows, not sent: %2 with problems, %3 skipped by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row failed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportRunner</name>
    <message>
        <source>The journal has no import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed or is gone since the import started; the rows not sent yet cannot be matched to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare rows %1 to %2 for sending: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 alone is larger than the %2 bytes the server accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused rows %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending rows %1 to %2 failed %3 times: %4. Resume the import later; rows that reached the server are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check whether %1 reached the server: %2. They are not sent again blindly: resume the import later, and the server&apos;s API log decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last rows sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportSendPage</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows go to the server in chunks, each its own job; progress comes from the API log. You may close this window: the import is journaled and resumes next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped while preparing the rows: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing rows for sending: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop preparing the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows prepared for sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportSession</name>
    <message>
        <source>The community&apos;s roles could not be read, so Role names are not checked before sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not read completely yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are being prepared for sending already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No row can be sent: each of the %n row(s) is skipped or has problems.</source>
        <translation>
            <numerusform>No row can be sent: each of the %n row is skipped or has problems.</numerusform>
            <numerusform>No row can be sent: each of the %n rows is skipped or has problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::ImportTemplate</name>
    <message>
        <source>Could not write the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address, unique within the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated role names that exist in the community (case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated tag names that exist in the community (case-sensitive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, subtract or overwrite (lower case) for the %1 column after it; empty means overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies the user (Email first, else Username).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportTemplatePage</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The community has no roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role names on the server (case-sensitive): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the community&apos;s role names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag names: the API offers no way to list them; the server checks them when the job runs and reports unknown tags as failed rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk-update-template.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk-import-template.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your file&apos;s columns are matched to these. For updates, a numeric column may be preceded by &lt;field&gt;_op: add, subtract or overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportValidationPage</name>
    <message>
        <source>Reading and checking the file: %1 rows so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, all fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows-with-problems.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport problem rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put &quot;%1&quot; into %2 of row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped (not sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows; %2 with problems (%3 problems). Fix them in the grid (double-click a red cell), skip them (Delete) or export them; rows with problems are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red cells have a problem; the Problem column says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip Rows (Not Sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include Rows Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ImportWizard</name>
    <message>
        <source>Import users from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or update members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Update %n member(s) in %1</source>
        <translation>
            <numerusform>Update %n member in %1</numerusform>
            <numerusform>Update %n members in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n member(s) into %1</source>
        <translation>
            <numerusform>Import %n member into %1</numerusform>
            <numerusform>Import %n members into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::JobFollower</name>
    <message>
        <source>The server refuses the key, so the job cannot be followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s progress could not be read %1 times in a row: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::JobJournal</name>
    <message>
        <source>Cannot read the import journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import journal %1 is damaged at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the import journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::KeyOption</name>
    <message>
        <source>RA_API_KEY is no longer read: set RA_INTEGRATION_KEY, RA_SYSTEM_KEY or RA_APPLICATION_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA_SYSTEM_API_KEY is no longer read: set RA_SYSTEM_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give %1 or %2 once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -: cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -: standard input holds no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: a key given with %1 can be read by other users of this machine; use %2, %1 - (standard input) or %3 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds no key on its first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 can be read by other users; restrict it with chmod 600</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::KeychainSecretStore</name>
    <message>
        <source>No keychain is running on this desktop (no Secret Service or KWallet); keys can be kept for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MainWindow</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning Admin uses Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt is a C++ toolkit for cross-platform application development, available under the GNU LGPL version 3. See https://www.qt.io for licensing and source code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Returning Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in the current pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the navigation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the current pane from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Returning Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk import or update members from a CSV file (or drop one here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some keys of profile &quot;%1&quot; cannot be read, so requests that need them are not sent. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Demo Community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete everything in the local sandbox and start again from a new demo community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Returning Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Returning Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>community %1 (name not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout, parallel requests, language and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MemberExportJob</name>
    <message numerus="yes">
        <source>Reading the members to export to %1 failed after %n member(s): %2</source>
        <translation>
            <numerusform>Reading the members to export to %1 failed after %n member: %2</numerusform>
            <numerusform>Reading the members to export to %1 failed after %n members: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export to %1 was cancelled after %n member(s); the file was not written.</source>
        <translation>
            <numerusform>The export to %1 was cancelled after %n member; the file was not written.</numerusform>
            <numerusform>The export to %1 was cancelled after %n members; the file was not written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ra::MessageActions</name>
    <message>
        <source>Write something or attach an image first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who sends it: a member&apos;s username or e-mail in &quot;Send as&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has %1 characters; at most %2 can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MessageBoxQuestionProvider</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MessageComposer</name>
    <message>
        <source>Cancel Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message (plain text); drop images here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n image(s) attached]</source>
        <translation>
            <numerusform>[%n image attached]</numerusform>
            <numerusform>[%n images attached]</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing to send yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the images are uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw the unsent message away (Esc in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return sends; Esc discards the unsent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this unsent message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not been sent and will not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MessageDelegate</name>
    <message>
        <source>reply to an earlier message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading image…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MessageDrafts</name>
    <message>
        <source>The drafts in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts in %1 are damaged (%2 at byte %3); starting without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts cannot be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::MessagesPane</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s) shown</source>
        <translation>
            <numerusform>%1 of %n message shown</numerusform>
            <numerusform>%1 of %n messages shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading older messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the channel again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one message to several channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading channels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channels to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who reacts: a member&apos;s username or e-mail in &quot;Send as&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reaction %1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the selected message (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reaction to the selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down move between messages; R replies to the selected one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::NavigationSidebar</name>
    <message>
        <source>Returning Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::NetworkStatusWidget</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n requests</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests finished: %1, failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::NewKeySecretDialog</name>
    <message>
        <source>API Key &quot;%1&quot; Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the key&apos;s secret. It is shown now and never again: copy it to where it will be used before closing this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in a minute if it still holds the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::OverviewPane</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Joined per week, last %n week(s)</source>
        <translation>
            <numerusform>Joined per week, last %n week</numerusform>
            <numerusform>Joined per week, last %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XP distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Top %n member(s) by XP</source>
        <translation>
            <numerusform>Top %n member by XP</numerusform>
            <numerusform>Top %n members by XP</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members with the most XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How %1 is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How community %1 is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Joined in the last %n week(s): %1</source>
        <translation>
            <numerusform>Joined in the last %n week: %1</numerusform>
            <numerusform>Joined in the last %n weeks: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Joined in the last %n week(s): …</source>
        <translation>
            <numerusform>Joined in the last %n week: …</numerusform>
            <numerusform>Joined in the last %n weeks: …</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counted with %n request(s), without reading every member.</source>
        <translation>
            <numerusform>Counted with %n request, without reading every member.</numerusform>
            <numerusform>Counted with %n requests, without reading every member.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PaletteDock</name>
    <message>
        <source>Loading roles and badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no roles or badges yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role or badge matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give to selected users (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give to selected users (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give to everyone matching the filter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give to users from a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 to users from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search roles and badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server whose roles the palette shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop members here, paste ids, usernames or e-mails (Ctrl+V), or drop a CSV file on a tile. Drag a tile onto a member to give it to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give to everyone matching the filter (counted before sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and badges to give</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PaletteSources</name>
    <message>
        <source>Saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PaletteTile</name>
    <message>
        <source>Role &quot;%1&quot;: drop members here, or paste a list (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge &quot;%1&quot;: drop members here, or paste a list (Ctrl+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy a list of member ids, usernames or e-mails (one per line), then press Ctrl+V here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::PreparedImport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1 to %2 are outside the %3 rows of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the rows for sending was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 is not a row number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists %2 rows but %3 has %4: was one of them changed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ProductionBanner</name>
    <message>
        <source>PRODUCTION — changes affect real members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ProfileEditor</name>
    <message>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is running on this desktop: keys can be kept for this run only, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ProfileKeysController</name>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by the running sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the sandbox starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the keys in memory until Returning Admin quits; they are not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to store the API keys (%1). Unlock it and save again, or keep the keys for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so API keys cannot be saved permanently. %1 You will need to enter them again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ProfileListWidget</name>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ProfileMenu</name>
    <message>
        <source>&amp;Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ProfileStore</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Local sandbox profile cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RequestJob</name>
    <message>
        <source>no base URL for the %1 API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing path parameter &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:// is only allowed for loopback hosts; use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no progress for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect to another origin or to plain HTTP refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply cut off after %1 bytes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: log in to an account first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RequestLogWriter</name>
    <message>
        <source>Cannot write the request log to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RestoreUserDialog</name>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted accounts are not listed. Enter the username, e-mail address or user id of the account to restore; the user can sign in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username, e-mail or user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RoleDialog</name>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role Colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RolePermissionCatalog</name>
    <message>
        <source>Server administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kick members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite language settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View message history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server, %2 channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RoleTableModel</name>
    <message>
        <source>The API does not report how many members hold this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the role hierarchy (lower comes first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many members hold the role, where the server reports it. The Returning.AI API has no member count for roles, so this column stays empty unless the server adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::RolesPane</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search roles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Role Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Role Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no roles yet. Press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the roles: %1 The table shows the last loaded list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) hold this role and will lose its permissions.</source>
        <translation>
            <numerusform>%n member hold this role and will lose its permissions.</numerusform>
            <numerusform>%n members hold this role and will lose its permissions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every member who holds this role will lose its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo re-creates the role with the same settings, but not its member assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::SandboxControl</name>
    <message>
        <source>Opening the local sandbox&apos;s demo community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting the local sandbox with %n demo member(s)…</source>
        <translation>
            <numerusform>Starting the local sandbox with %n demo member…</numerusform>
            <numerusform>Starting the local sandbox with %n demo members…</numerusform>
        </translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo community is in use by another Returning Admin window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window works on a temporary demo community instead. What you change here is lost when you quit; the kept demo community (%1) is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Demo Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset this window&apos;s temporary demo community?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the demo community kept in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything in the local sandbox is deleted: the members you imported or created, the badges, roles and channels you added or changed, and the API log. A new demo community with %n member(s) takes its place. This cannot be undone.</source>
        <translation>
            <numerusform>Everything in the local sandbox is deleted: the members you imported or created, the badges, roles and channels you added or changed, and the API log. A new demo community with %n member takes its place. This cannot be undone.</numerusform>
            <numerusform>Everything in the local sandbox is deleted: the members you imported or created, the badges, roles and channels you added or changed, and the API log. A new demo community with %n members takes its place. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the local sandbox to a new demo community…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox ready on 127.0.0.1:%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::SavedFilterMenu</name>
    <message>
        <source>There is no saved filter named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved filter &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::SecureAuthDialog</name>
    <message>
        <source>Valid until %1, for one login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not say how long this URL stays valid; it is meant for one login. Anyone holding it can log in as the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Auth Login Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id, username or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::SecureAuthLinks</name>
    <message>
        <source>Enter the member&apos;s id, username or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Auth gave no login URL for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Auth refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login URL for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ServerDialog</name>
    <message>
        <source>New Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ServerPicker</name>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server whose items this pane shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ServerTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ServersPane</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) on this server, in hierarchy order.</source>
        <translation>
            <numerusform>%n role on this server, in hierarchy order.</numerusform>
            <numerusform>%n roles on this server, in hierarchy order.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) on this server.</source>
        <translation>
            <numerusform>%n channel on this server.</numerusform>
            <numerusform>%n channels on this server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search servers (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no servers yet. Press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the servers: %1 The table shows the last loaded list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels of the selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the server “%1” to “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename server &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::SubcommandArgs</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url takes FAMILY=URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must not contain a user name or password; give the key with a key option or its variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::TableCsvWriter</name>
    <message>
        <source>Cannot write row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UploadDevice</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserActivityView</name>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily XP and coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily messages, replies, reactions and socials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily activity table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserApiKeysSection</name>
    <message>
        <source>The API keys could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login has expired. Log in again to see and manage this member&apos;s API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing a member&apos;s API keys needs a login to an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API key &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API key &quot;%1&quot; of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever uses this key stops working at once. This cannot be undone: a new key has a new secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserDetailPanel</name>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see their details and activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XP today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login streak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Roles on this server&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this user&apos;s account (Ctrl+Shift+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this deleted account (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s roles could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XP and coins history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity stats could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the account of &quot;%1&quot; (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account of &quot;%1&quot; (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can no longer sign in. You can restore the account later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user &quot;%1&quot;: the account does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the server reports it: the Returning.AI API does not say whether this is in seconds or minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no unit given by the API)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserFieldDialog</name>
    <message>
        <source>New User Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User Field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Required: every member must have a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key the API stores values under; spaces become hyphens. It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot be changed once the field exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choices of a Choice field, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value a member without one gets; it must suit the type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserFieldTableModel</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserFieldsPane</name>
    <message>
        <source>User Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User fields of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search user fields (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search user fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh user fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading user fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user fields could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This community has no custom user fields yet. Press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the user fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the user fields: %1 The table shows the last loaded list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete User Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user field &quot;%1&quot; of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member&apos;s value of &quot;%1&quot; is lost with it, and its history. Undo re-creates the field with the same key, type and options, but not the members&apos; values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserFilterBar</name>
    <message>
        <source>XP: the minimum is above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins: the minimum is above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined between: the first date is after the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;re filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mo&amp;re filters (%n set)</source>
        <translation>
            <numerusform>Mo&amp;re filters (%n set)</numerusform>
            <numerusform>Mo&amp;re filters (%n set)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field: choose the field to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserFilterSpec</name>
    <message>
        <source>Filter field &apos;%1&apos; has a value of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter field &apos;%1.%2&apos; is not a valid range bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved filter is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserList</name>
    <message>
        <source>Line %1: blank, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; repeats line %3, sent once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a member id, username or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member list is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;; its columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds member ids, usernames or e-mails; choose one (columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserListDialog</name>
    <message>
        <source>Give %1 to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should get %1? One member a line: an id, a username or an e-mail. Nothing is sent before you see what will happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jurgen.muller
ingrid@example.com
17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserResolver</name>
    <message>
        <source>no member has this username or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known before sending (Get role list of user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UserTableModel</name>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
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
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
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
        <source>XP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::UsersPane</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter over the loaded users (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a user (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the users again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted account by username, e-mail or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n member(s): %1?</source>
        <translation>
            <numerusform>Delete %n member: %1?</numerusform>
            <numerusform>Delete %n members: %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They can no longer sign in. You can restore an account later (Restore User…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n member(s).</source>
        <translation>
            <numerusform>Deleted %n member.</numerusform>
            <numerusform>Deleted %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every member the filter matches, in the columns shown, as CSV (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the accounts of the highlighted rows (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded, total unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting: %1 of %2 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting: %1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting every member the filter matches to %1, page by page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1.</source>
        <translation>
            <numerusform>Exported %n member to %1.</numerusform>
            <numerusform>Exported %n members to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are in the server&apos;s order: the table&apos;s sort applies only to the loaded rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
