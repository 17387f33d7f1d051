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
        <source>Number of members in the sandbox&apos;s demo community (1 to 1000000, default 1000).</source>
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
    <name>ra::ApiClient</name>
    <message>
        <source>unknown operation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ApiCommand</name>
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
  --key K                The key; without it RA_API_KEY is read.
  --community ID         The community id.
  --hostname H           The Secure Auth hostname header.
  --timeout MS           Transfer timeout (default 30000).
  --history-shape S      get or post: gamification history request shape.
  --log-requests FILE    Append the request log, without secrets, to FILE.
  --raw                  Print a raw body (e.g. the CSV template) as is.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
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
        <source>use either --profile or --base-url/--key</source>
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
    <name>ra::Application</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;; using &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting the local sandbox with %n demo member(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Local sandbox ready on 127.0.0.1:%1 (community %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not start.</source>
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
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected channel (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected channel (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the channels again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Channel</source>
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
        <source>The changes have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
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
</context>
<context>
    <name>ra::CreateChannelCommand</name>
    <message>
        <source>Create channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::CreateRoleCommand</name>
    <message>
        <source>Create role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::DeleteChannelCommand</name>
    <message>
        <source>Delete channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::DeleteRoleCommand</name>
    <message>
        <source>Delete role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::EditChannelCommand</name>
    <message>
        <source>Edit channel &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::EditRoleCommand</name>
    <message>
        <source>Edit role &quot;%1&quot;</source>
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
        <source>Request timeout, parallel requests and language</source>
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
        <source>%1 (%2) — Returning Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>The system keychain is not available, so API keys cannot be saved permanently (%1). You can keep them for this run only; you will need to enter them again next time.</source>
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
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected role (F2 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected role (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the roles again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
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
        <source>Loading…</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</context>
<context>
    <name>ra::UploadDevice</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
