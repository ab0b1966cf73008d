<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Jumelage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jumelage plans field missions, logs video follow-ups and exchanges calendars between partner towns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Python</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the changes to “{title}” before closing?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <extracomment>Emitted on the GUI thread after a service call changed something. Emitted when every page has shown the rows of the latest refresh.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Navigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{page} (Ctrl+{n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back Up Now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the database to a file of your choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load &amp;Demo Partnerships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill this empty database with the demo partnerships</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Jumelage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Mission…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Action Item…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Partnership…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;Town…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New P&amp;erson…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Database: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the demo partnerships…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back Up the Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jumelage databases (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jumelage</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No partnership yet. Load the demo from the File menu, or add a partnership.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PartnershipCard</name>
        <message>
            <source>Local times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next mission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{home} {home_time} ({home_offset}) · {partner} {partner_time} ({partner_offset})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>under way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — {destination}, {dates} ({when}; {status})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None scheduled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title} — {date}: {home_time} {home} · {partner_time} {partner} ({channel})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing overdue (%n open item(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n overdue action item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>({open} open in all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>• {text} — {owner}, due {due} ({late})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no owner</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>Languages Jumelage is translated into, with their own names (never translated).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new language applies the next time Jumelage starts.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jumelage could not do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jumelage could not do this with what it was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is a problem with the database {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} is not valid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} is longer than {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: the end ({end}) is before the start ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: '{name}' is not a known time zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {value} has no time zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {wall} does not exist in {zone} (the clocks skip it for summer time).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: the amount {amount} is negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: '{value}' is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: '{code}' is not a supported currency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: '{code}' is not an ISO 3166-1 country code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: '{value}' is not one of {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: working hours must start before they end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: '{value}' is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: '{value}' is not a colour like #1f77b4.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: a town cannot be its own partner ({town}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {goal} is not a Sustainable Development Goal (1 to 17).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: a mission cannot go from {current} to {requested}; allowed: {allowed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: a budget line belongs to one mission or one partnership.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {kind} with the key {key}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This {kind} was changed elsewhere after you opened it (version {current_version}, yours {expected_version}); reload it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This {kind} was changed elsewhere while you were saving; reload it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This {kind} is still used by {count} {referenced_by}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A {kind} named '{name}' already exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {kind} matches '{query}'. Known: {candidates}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{query}' matches several {kind}s: {candidates}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists; choose another file or pass --force.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder of {path} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a Jumelage database ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database {path} is damaged ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was written by a newer version of Jumelage (schema {revision}); update Jumelage to open it. The file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is an SQLite file but not a Jumelage database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upgrading {path} failed ({detail}); the database was restored as it was before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is already open in another Jumelage ({holder}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is read-only; Jumelage cannot save there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk holding {path} is full; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} cannot be reached ({detail}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup of {path} to {target} failed ({detail}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in %n day(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%n day(s) ago</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <source>under way</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destination</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days to go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delegation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partner time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partnerships</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>Welcome to Jumelage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jumelage created an empty database at {path}.

Load the demo partnerships (Anderlecht with Marsassoum, Zagora, a village near Nablus and Hammersmith &amp; Fulham) to look around?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Damaged database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the latest good backup ({backup})? The damaged file is kept beside it, not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>