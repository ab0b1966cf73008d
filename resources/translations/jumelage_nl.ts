<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Jumelage</source>
            <translation>Over Jumelage</translation>
        </message>
        <message>
            <source>Jumelage plans field missions, logs video follow-ups and exchanges calendars between partner towns.</source>
            <translation>Jumelage plant missies ter plaatse, houdt de opvolgingsvergaderingen via videoconferentie bij en wisselt kalenders uit tussen partnergemeenten.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Time zone database</source>
            <translation>Tijdzonedatabank</translation>
        </message>
        <message>
            <source>Qt</source>
            <translation>Qt</translation>
        </message>
        <message>
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Databank</translation>
        </message>
        <message>
            <source>not open</source>
            <translation>niet geopend</translation>
        </message>
    </context>
    <context>
        <name>ActionEditor</name>
        <message>
            <source>&amp;No due date</source>
            <extracomment>A follow-up of the history was chosen (its id); the main window opens it too.</extracomment>
            <translation>Gee&amp;n vervaldatum</translation>
        </message>
        <message>
            <source>S&amp;hared with the partner town</source>
            <translation>&amp;Gedeeld met de partnergemeente</translation>
        </message>
        <message>
            <source>Shared items appear in the calendar files sent to the partner town.</source>
            <translation>Gedeelde actiepunten staan in de kalenderbestanden die naar de partnergemeente worden verstuurd.</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschrijving:</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwoordelijke:</translation>
        </message>
        <message>
            <source>D&amp;ue date:</source>
            <translation>Verval&amp;datum:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Discussed in</source>
            <translation>Besproken in</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the follow-up.</source>
            <translation>Dubbelklik of druk op Enter om de opvolgingsvergadering te openen.</translation>
        </message>
        <message>
            <source>Discussed &amp;in:</source>
            <translation>Besproken &amp;in:</translation>
        </message>
        <message>
            <source>Not discussed at any follow-up yet.</source>
            <translation>Nog in geen enkele opvolgingsvergadering besproken.</translation>
        </message>
        <message>
            <source>New action item[*]</source>
            <translation>Nieuw actiepunt[*]</translation>
        </message>
        <message>
            <source>{item} – Action item[*]</source>
            <translation>{item} – Actiepunt[*]</translation>
        </message>
        <message>
            <source>New action item “{item}”</source>
            <translation>Nieuw actiepunt “{item}”</translation>
        </message>
        <message>
            <source>Edit action item “{item}”</source>
            <translation>Actiepunt “{item}” bewerken</translation>
        </message>
        <message>
            <source>{date} · {title}</source>
            <translation>{date} · {title}</translation>
        </message>
    </context>
    <context>
        <name>ActionItemDialog</name>
        <message>
            <source>&amp;No due date</source>
            <translation>Gee&amp;n vervaldatum</translation>
        </message>
        <message>
            <source>S&amp;hared with the partner town</source>
            <translation>&amp;Gedeeld met de partnergemeente</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Beschrijving:</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwoordelijke:</translation>
        </message>
        <message>
            <source>D&amp;ue date:</source>
            <translation>Verval&amp;datum:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
    </context>
    <context>
        <name>ActionsPage</name>
        <message>
            <source>Mark “{item}” as {status}</source>
            <translation>“{item}” markeren als “{status}”</translation>
        </message>
        <message>
            <source>Delete “{item}”</source>
            <translation>“{item}” verwijderen</translation>
        </message>
        <message>
            <source>⚠ {date} (overdue)</source>
            <translation>⚠ {date} (achterstallig)</translation>
        </message>
        <message>
            <source>Partnership</source>
            <extracomment>Statuses sort in the order of the enum (open, in progress, done, dropped).</extracomment>
            <translation>Partnerschap</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actiepunt</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwoordelijke</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vervaldatum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>F2 or Enter changes the status</source>
            <translation>F2 of Enter wijzigt de status</translation>
        </message>
        <message>
            <source>Action items</source>
            <extracomment>The items shown, column by column.</extracomment>
            <translation>Actiepunten</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>Open en bezig</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Alle vervaldata</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Achterstallig</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Deze maand</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Verantwoordelijke:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>Verval&amp;datum:</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Markeren als klaar</translation>
        </message>
        <message>
            <source>Mark in progress</source>
            <translation>Markeren als bezig</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Heropenen</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Schrappen</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>Status wijzigen…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Action item tools</source>
            <translation>Werkbalk actiepunten</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Alle verantwoordelijken</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Zonder verantwoordelijke</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Alle partnerschappen</translation>
        </message>
    </context>
    <context>
        <name>ActionsTab</name>
        <message>
            <source>Action</source>
            <translation>Actiepunt</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Verantwoordelijke</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vervaldatum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Action items raised at this follow-up</source>
            <translation>Actiepunten uit deze opvolgingsvergadering</translation>
        </message>
        <message>
            <source>A&amp;dd action item…</source>
            <translation>Actiepunt &amp;toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Edit action item…</source>
            <translation>Actiepunt &amp;bewerken…</translation>
        </message>
        <message>
            <source>&amp;Remove action item</source>
            <translation>Actiepunt ve&amp;rwijderen</translation>
        </message>
        <message>
            <source>New action item “{item}”</source>
            <translation>Nieuw actiepunt “{item}”</translation>
        </message>
        <message>
            <source>New Action Item</source>
            <translation>Nieuw actiepunt</translation>
        </message>
        <message>
            <source>Edit action item “{item}”</source>
            <translation>Actiepunt “{item}” bewerken</translation>
        </message>
        <message>
            <source>Edit the Action Item</source>
            <translation>Actiepunt bewerken</translation>
        </message>
    </context>
    <context>
        <name>AgendaItemDialog</name>
        <message>
            <source>Add to the Agenda</source>
            <translation>Toevoegen aan het programma</translation>
        </message>
        <message>
            <source>Agenda Item</source>
            <translation>Programmaonderdeel</translation>
        </message>
        <message>
            <source>Meeting with the municipal council</source>
            <translation>Ontmoeting met de gemeenteraad</translation>
        </message>
        <message>
            <source>Start, local date and time</source>
            <translation>Begin, lokale datum en tijd</translation>
        </message>
        <message>
            <source>Time zone of the agenda item</source>
            <translation>Tijdzone van het programmaonderdeel</translation>
        </message>
        <message>
            <source>Town hall</source>
            <translation>Gemeentehuis</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Start (local time):</source>
            <translation>&amp;Begin (lokale tijd):</translation>
        </message>
        <message>
            <source>&amp;End (same clocks):</source>
            <translation>&amp;Einde (zelfde tijdzone):</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Besc&amp;hrijving:</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Agenda warnings</source>
            <translation>Waarschuwingen bij het programma</translation>
        </message>
        <message>
            <source>Agenda, day by day</source>
            <translation>Programma, dag per dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>&amp;Add Activity…</source>
            <translation>Activiteit &amp;toevoegen…</translation>
        </message>
        <message>
            <source>Add an activity to the agenda</source>
            <translation>Een activiteit aan het programma toevoegen</translation>
        </message>
        <message>
            <source>&amp;Edit Activity…</source>
            <translation>Activiteit be&amp;werken…</translation>
        </message>
        <message>
            <source>Edit the selected activity</source>
            <translation>De geselecteerde activiteit bewerken</translation>
        </message>
        <message>
            <source>&amp;Remove Activity</source>
            <translation>Activiteit verw&amp;ijderen</translation>
        </message>
        <message>
            <source>Remove the selected activity</source>
            <translation>De geselecteerde activiteit verwijderen</translation>
        </message>
        <message>
            <source>Times are on the clocks of {town}, then of {other}.</source>
            <translation>De tijden staan in de lokale tijd van {town}, daarna in die van {other}.</translation>
        </message>
        <message>
            <source>{start}–{end} {town} · {other_start}–{other_end} {other}</source>
            <translation>{start}–{end} {town} · {other_start}–{other_end} {other}</translation>
        </message>
        <message>
            <source>Nothing planned yet: add the first activity.</source>
            <translation>Nog niets gepland: voeg de eerste activiteit toe.</translation>
        </message>
        <message>
            <source>Day {number} · {date}</source>
            <translation>Dag {number} · {date}</translation>
        </message>
        <message>
            <source>Outside the mission · {date}</source>
            <translation>Buiten de missie · {date}</translation>
        </message>
        <message>
            <source>“{title}” falls outside the mission dates ({dates}).</source>
            <translation>“{title}” valt buiten de data van de missie ({dates}).</translation>
        </message>
        <message>
            <source>“{title}” overlaps “{other}”.</source>
            <translation>“{title}” overlapt met “{other}”.</translation>
        </message>
        <message>
            <source>{subject}: {detail}</source>
            <translation>{subject}: {detail}</translation>
        </message>
        <message>
            <source>Add “{title}” to the agenda</source>
            <translation>“{title}” aan het programma toevoegen</translation>
        </message>
        <message>
            <source>Edit “{title}” in the agenda</source>
            <translation>“{title}” in het programma bewerken</translation>
        </message>
        <message>
            <source>Remove “{title}” from the agenda</source>
            <translation>“{title}” uit het programma verwijderen</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerschap</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (vandaag)</translation>
        </message>
        <message>
            <source>{day} — {holidays}</source>
            <translation>{day} — {holidays}</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>Vervalt: {title}</translation>
        </message>
        <message>
            <source>⚠ {title}</source>
            <translation>⚠ {title}</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>alleen-lezen</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Connection trouble</source>
            <translation>Verbindingsproblemen</translation>
        </message>
        <message>
            <source>Each change is saved at once (Ctrl+Z undoes it). F2 or Enter changes the attendance; Space ticks connection trouble.</source>
            <translation>Elke wijziging wordt meteen opgeslagen (Ctrl+Z maakt ze ongedaan). F2 of Enter wijzigt de aanwezigheid; met de spatiebalk vinkt u verbindingsproblemen aan.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Niet geregistreerd</translation>
        </message>
        <message>
            <source>Connection trouble: {name}</source>
            <translation>Verbindingsproblemen: {name}</translation>
        </message>
        <message>
            <source>{name}: {status}</source>
            <translation>{name}: {status}</translation>
        </message>
        <message>
            <source>{name}: connection trouble</source>
            <translation>{name}: verbindingsproblemen</translation>
        </message>
        <message>
            <source>{name}: no connection trouble</source>
            <translation>{name}: geen verbindingsproblemen</translation>
        </message>
    </context>
    <context>
        <name>BothTownsLabel</name>
        <message>
            <source>Time in both towns</source>
            <translation>Tijd in beide gemeenten</translation>
        </message>
    </context>
    <context>
        <name>BudgetLineDialog</name>
        <message>
            <source>Add a Budget Line</source>
            <translation>Begrotingslijn toevoegen</translation>
        </message>
        <message>
            <source>Budget Line</source>
            <translation>Begrotingslijn</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Categorie:</translation>
        </message>
        <message>
            <source>&amp;Funding source:</source>
            <translation>&amp;Financieringsbron:</translation>
        </message>
        <message>
            <source>&amp;Planned amount:</source>
            <translation>&amp;Gepland bedrag:</translation>
        </message>
        <message>
            <source>&amp;Actual amount:</source>
            <translation>&amp;Werkelijk bedrag:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Munteenheid:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Opmerking:</translation>
        </message>
        <message>
            <source>1 € = {rate}</source>
            <translation>1 € = {rate}</translation>
        </message>
    </context>
    <context>
        <name>BudgetTab</name>
        <message>
            <source>Budget lines</source>
            <translation>Begrotingslijnen</translation>
        </message>
        <message>
            <source>&amp;Add Line…</source>
            <translation>Lijn &amp;toevoegen…</translation>
        </message>
        <message>
            <source>Add a budget line</source>
            <translation>Een begrotingslijn toevoegen</translation>
        </message>
        <message>
            <source>&amp;Edit Line…</source>
            <translation>Lijn be&amp;werken…</translation>
        </message>
        <message>
            <source>Edit the selected budget line</source>
            <translation>De geselecteerde begrotingslijn bewerken</translation>
        </message>
        <message>
            <source>&amp;Remove Line</source>
            <translation>Lijn verw&amp;ijderen</translation>
        </message>
        <message>
            <source>Remove the selected budget line</source>
            <translation>De geselecteerde begrotingslijn verwijderen</translation>
        </message>
        <message>
            <source>Planned and spent per funding source, in euros</source>
            <translation>Gepland en uitgegeven per financieringsbron, in euro</translation>
        </message>
        <message>
            <source>Total in euros: —</source>
            <translation>Totaal in euro: —</translation>
        </message>
        <message>
            <source>Total in euros: planned {planned}, spent {actual}.</source>
            <translation>Totaal in euro: gepland {planned}, uitgegeven {actual}.</translation>
        </message>
        <message>
            <source>⚠ No exchange rate for {currencies}: those lines are left out of the totals.</source>
            <translation>⚠ Geen wisselkoers voor {currencies}: die lijnen worden niet meegeteld in de totalen.</translation>
        </message>
        <message>
            <source>No funding source</source>
            <translation>Geen financieringsbron</translation>
        </message>
        <message>
            <source>Add a budget line ({category})</source>
            <translation>Een begrotingslijn toevoegen ({category})</translation>
        </message>
        <message>
            <source>Edit a budget line ({category})</source>
            <translation>Een begrotingslijn bewerken ({category})</translation>
        </message>
        <message>
            <source>Remove a budget line ({category})</source>
            <translation>Een begrotingslijn verwijderen ({category})</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Calendar</source>
            <extracomment>An editor for (kind, id): "mission", "followup" or "action". The views show a new load.</extracomment>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Vandaag</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>V&amp;orige</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>Vo&amp;lgende</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Maand</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Week</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerschap</translation>
        </message>
        <message>
            <source>With all partnerships, the first one's partner town gives the second clock</source>
            <translation>Bij “Alle partnerschappen” toont de tweede tijdschaal de lokale tijd van de partnergemeente van het eerste partnerschap</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Alle partnerschappen</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Tonen</translation>
        </message>
        <message>
            <source>Kinds of entries shown</source>
            <translation>Getoonde soorten items</translation>
        </message>
        <message>
            <source>{action} ({key})</source>
            <translation>{action} ({key})</translation>
        </message>
        <message>
            <source>Week {number}: {dates}</source>
            <translation>Week {number}: {dates}</translation>
        </message>
        <message>
            <source>Move “{title}”</source>
            <translation>“{title}” verplaatsen</translation>
        </message>
    </context>
    <context>
        <name>ColourButton</name>
        <message>
            <source>Choose the partnership's colour</source>
            <translation>De kleur van het partnerschap kiezen</translation>
        </message>
        <message>
            <source>Partnership colour</source>
            <translation>Kleur van het partnerschap</translation>
        </message>
        <message>
            <source>Colour {hex}</source>
            <translation>Kleur {hex}</translation>
        </message>
    </context>
    <context>
        <name>CountryCombo</name>
        <message>
            <source>{country} ({code})</source>
            <extracomment>The recognised code after each change of text ("" while it names no country).</extracomment>
            <translation>{country} ({code})</translation>
        </message>
    </context>
    <context>
        <name>DaysOffField</name>
        <message>
            <source>Date of the day off</source>
            <translation>Datum van de vrije dag</translation>
        </message>
        <message>
            <source>Name, e.g. Iris Day</source>
            <translation>Naam, bv. Irisfeest</translation>
        </message>
        <message>
            <source>Name of the day off</source>
            <translation>Naam van de vrije dag</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>Add this day off to the list (a date already listed gets the new name)</source>
            <translation>Deze vrije dag aan de lijst toevoegen (een datum die al in de lijst staat, krijgt de nieuwe naam)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Days off</source>
            <translation>Vrije dagen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Verw&amp;ijderen</translation>
        </message>
        <message>
            <source>Remove the selected day off (Delete)</source>
            <translation>De geselecteerde vrije dag verwijderen (Delete)</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Beslissing:</translation>
        </message>
    </context>
    <context>
        <name>DelegationTab</name>
        <message>
            <source>Delegation</source>
            <translation>Delegatie</translation>
        </message>
        <message>
            <source>&amp;Add Member…</source>
            <translation>Lid &amp;toevoegen…</translation>
        </message>
        <message>
            <source>Add a member to the delegation</source>
            <translation>Een lid aan de delegatie toevoegen</translation>
        </message>
        <message>
            <source>&amp;Edit Role…</source>
            <translation>Rol be&amp;werken…</translation>
        </message>
        <message>
            <source>Change the member's role</source>
            <translation>De rol van het lid wijzigen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Verw&amp;ijderen</translation>
        </message>
        <message>
            <source>Remove the member from the delegation</source>
            <translation>Het lid uit de delegatie verwijderen</translation>
        </message>
        <message>
            <source>Space ticks or clears the checklist entry under the cursor; Enter edits.</source>
            <translation>Met de spatiebalk vinkt u het checklistpunt onder de cursor aan of uit; met Enter bewerkt u het.</translation>
        </message>
        <message>
            <source>No one is in the delegation yet.</source>
            <translation>De delegatie heeft nog geen leden.</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n checklist item(s) missing</source>
            <translation>
                <numerusform>⚠ Checklist: %n punt ontbreekt</numerusform>
                <numerusform>⚠ Checklist: %n punten ontbreken</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ Every checklist is complete.</source>
            <translation>✓ Alle checklists zijn volledig.</translation>
        </message>
        <message>
            <source>Add {person} to the delegation</source>
            <translation>{person} aan de delegatie toevoegen</translation>
        </message>
        <message>
            <source>Tick {item} for {person}</source>
            <translation>“{item}” aanvinken voor {person}</translation>
        </message>
        <message>
            <source>Clear {item} for {person}</source>
            <translation>“{item}” uitvinken voor {person}</translation>
        </message>
        <message>
            <source>Change the role of {person}</source>
            <translation>De rol van {person} wijzigen</translation>
        </message>
        <message>
            <source>Remove {person} from the delegation</source>
            <translation>{person} uit de delegatie verwijderen</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <source>&amp;Delete</source>
            <extracomment>Entities whose changes make a clean editor reload its record.</extracomment>
            <translation>Ve&amp;rwijderen</translation>
        </message>
        <message>
            <source>Delete this record (Undo brings it back)</source>
            <translation>Deze fiche verwijderen (Ongedaan maken brengt ze terug)</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Partnerships</source>
            <translation>Partnerschappen</translation>
        </message>
        <message>
            <source>Towns</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>New &amp;Partnership…</source>
            <translation>Nieuw &amp;partnerschap…</translation>
        </message>
        <message>
            <source>New &amp;Town…</source>
            <translation>Nieuwe &amp;gemeente…</translation>
        </message>
        <message>
            <source>New P&amp;erson…</source>
            <translation>Nieuwe p&amp;ersoon…</translation>
        </message>
        <message>
            <source>Show e&amp;rased people</source>
            <translation>Gewiste personen &amp;tonen</translation>
        </message>
        <message>
            <source>People whose personal data was erased appear as “(erased)”</source>
            <translation>Personen van wie de persoonsgegevens gewist werden, verschijnen als “(erased)”</translation>
        </message>
        <message>
            <source>Partnerships, towns and people</source>
            <translation>Partnerschappen, gemeenten en personen</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>O&amp;pnieuw uitvoeren</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Save the changes to “{title}” before closing?</source>
            <translation>De wijzigingen in “{title}” opslaan voor het sluiten?</translation>
        </message>
    </context>
    <context>
        <name>ExchangeTexts</name>
        <message>
            <source>title</source>
            <translation>titel</translation>
        </message>
        <message>
            <source>place</source>
            <translation>plaats</translation>
        </message>
        <message>
            <source>description</source>
            <translation>beschrijving</translation>
        </message>
        <message>
            <source>start</source>
            <translation>begin</translation>
        </message>
        <message>
            <source>end</source>
            <translation>einde</translation>
        </message>
        <message>
            <source>time zone</source>
            <translation>tijdzone</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>repetition</source>
            <translation>herhaling</translation>
        </message>
        <message>
            <source>“{theirs}” ({when}, {town} time) overlaps our mission “{ours}” ({span}).</source>
            <translation>“{theirs}” ({when}, lokale tijd van {town}) overlapt met onze missie “{ours}” ({span}).</translation>
        </message>
        <message>
            <source>“{theirs}” ({when}, {town} time) overlaps our follow-up “{ours}” ({span}).</source>
            <translation>“{theirs}” ({when}, lokale tijd van {town}) overlapt met onze opvolgingsvergadering “{ours}” ({span}).</translation>
        </message>
        <message>
            <source>“{title}” was changed both here and by the partner ({fields}).</source>
            <translation>“{title}” werd zowel hier als door de partner gewijzigd ({fields}).</translation>
        </message>
        <message>
            <source>“{title}” was changed by the partner only ({fields}).</source>
            <translation>“{title}” werd alleen door de partner gewijzigd ({fields}).</translation>
        </message>
        <message>
            <source>Theirs: “{title}”, {when}</source>
            <translation>Hun versie: “{title}”, {when}</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>bevestigd</translation>
        </message>
        <message>
            <source>tentative</source>
            <translation>voorlopig</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>GEANNULEERD</translation>
        </message>
        <message>
            <source>Title: {text}</source>
            <translation>Titel: {text}</translation>
        </message>
        <message>
            <source>Status: {text}</source>
            <translation>Status: {text}</translation>
        </message>
        <message>
            <source>Starts: {text}</source>
            <translation>Begin: {text}</translation>
        </message>
        <message>
            <source>Ends: {text}</source>
            <translation>Einde: {text}</translation>
        </message>
        <message>
            <source>Repeats: {text}</source>
            <translation>Herhaling: {text}</translation>
        </message>
        <message>
            <source>Except: {text}</source>
            <translation>Behalve: {text}</translation>
        </message>
        <message>
            <source>Replaces the occurrence of {text}</source>
            <translation>Vervangt de herhaling op {text}</translation>
        </message>
        <message>
            <source>Place: {text}</source>
            <translation>Plaats: {text}</translation>
        </message>
        <message>
            <source>Join link: {text}</source>
            <translation>Deelnamelink: {text}</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Beschrijving:</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a Calendar File</source>
            <translation>Een agendabestand exporteren</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Alle partnerschappen</translation>
        </message>
        <message>
            <source>For the partner town (shared items only)</source>
            <translation>Voor de partnergemeente (alleen gedeelde items)</translation>
        </message>
        <message>
            <source>For our team (everything)</source>
            <translation>Voor ons team (alles)</translation>
        </message>
        <message>
            <source>Only &amp;between these dates</source>
            <translation>Alleen &amp;tussen deze datums</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Eerste dag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Laatste dag</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>P&amp;rofile:</source>
            <translation>P&amp;rofiel:</translation>
        </message>
        <message>
            <source>Events in the file</source>
            <translation>Gebeurtenissen in het bestand</translation>
        </message>
        <message>
            <source>What the selected event carries</source>
            <translation>Wat de geselecteerde gebeurtenis bevat</translation>
        </message>
        <message>
            <source>The file's exact contents</source>
            <translation>De exacte inhoud van het bestand</translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>&amp;Gebeurtenissen</translation>
        </message>
        <message>
            <source>File &amp;contents</source>
            <translation>Bestands&amp;inhoud</translation>
        </message>
        <message>
            <source>{when} — {title} ({category})</source>
            <translation>{when} — {title} ({category})</translation>
        </message>
        <message>
            <source>one occurrence changed</source>
            <translation>één herhaling gewijzigd</translation>
        </message>
        <message>
            <source>CANCELLED: {line}</source>
            <translation>GEANNULEERD: {line}</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) will leave this computer in “{name}”.</source>
            <translation>
                <numerusform>%n gebeurtenis verlaat deze computer in “{name}”.</numerusform>
                <numerusform>%n gebeurtenissen verlaten deze computer in “{name}”.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the Calendar File</source>
            <translation>Het agendabestand opslaan</translation>
        </message>
        <message>
            <source>Calendars (*.ics)</source>
            <translation>Agenda's (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>FindTimeDialog</name>
        <message>
            <source>Find a Time</source>
            <extracomment>The default range: today and the four weeks after it. The longest range one search may cover (as ``jumelage slots``). Emitted with the :class:`FollowUpRow` planned at a slot (the dialog then closes). Emitted when a search's answer is shown (or its error).</extracomment>
            <translation>Tijdstip zoeken</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Duur in minuten</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>A meeting of {minutes} minutes</source>
            <translation>Een vergadering van {minutes} minuten</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Eerste dag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Laatste dag</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;tot</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Duur:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Van:</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>Searching</source>
            <translation>Bezig met zoeken</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time in both towns</source>
            <translation>Tijd in beide gemeenten</translation>
        </message>
        <message>
            <source>How comfortable</source>
            <translation>Comfort</translation>
        </message>
        <message>
            <source>Slots</source>
            <translation>Tijdsloten</translation>
        </message>
        <message>
            <source>S&amp;lots, the most comfortable first:</source>
            <translation>Tijd&amp;sloten, de meest comfortabele eerst:</translation>
        </message>
        <message>
            <source>Days without a slot</source>
            <translation>Dagen zonder tijdslot</translation>
        </message>
        <message>
            <source>Days &amp;without a slot:</source>
            <translation>Dagen z&amp;onder tijdslot:</translation>
        </message>
        <message>
            <source>&amp;Create Follow-up</source>
            <translation>Vergadering &amp;inplannen</translation>
        </message>
        <message>
            <source>Plan a follow-up of the partnership at the chosen slot (Enter)</source>
            <translation>Een opvolgingsvergadering van het partnerschap plannen op het gekozen tijdslot (Enter)</translation>
        </message>
        <message>
            <source>Create a partnership first.</source>
            <translation>Maak eerst een partnerschap aan.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>De laatste dag ligt vóór de eerste dag.</translation>
        </message>
        <message>
            <source>Search at most a year at a time.</source>
            <translation>Zoek over hoogstens één jaar tegelijk.</translation>
        </message>
        <message>
            <source>Days as counted in {town}.</source>
            <translation>Dagen volgens de lokale tijd van {town}.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Bezig met zoeken…</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Plan a follow-up of {name} on {when}</source>
            <translation>Een opvolgingsvergadering van {name} plannen op {when}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <extracomment>A slot at least this many minutes inside both working days is comfortable.</extracomment>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>{times} {town}</source>
            <translation>{times} {town}</translation>
        </message>
        <message>
            <source>{times} ({date})</source>
            <translation>{times} ({date})</translation>
        </message>
        <message>
            <source>{home} · {partner}</source>
            <translation>{home} · {partner}</translation>
        </message>
        <message>
            <source>{date} · {times}</source>
            <translation>{date} · {times}</translation>
        </message>
        <message>
            <source>Comfortable</source>
            <translation>Comfortabel</translation>
        </message>
        <message>
            <source>Tight</source>
            <translation>Krap</translation>
        </message>
        <message>
            <source>At the edge of a working day</source>
            <translation>Aan de rand van een werkdag</translation>
        </message>
        <message>
            <source>mission “{title}”</source>
            <translation>missie ‘{title}’</translation>
        </message>
        <message>
            <source>follow-up “{title}”</source>
            <translation>opvolging ‘{title}’</translation>
        </message>
        <message>
            <source>an untitled partner event</source>
            <translation>een partneractiviteit zonder titel</translation>
        </message>
        <message>
            <source>partner event “{title}”</source>
            <translation>partneractiviteit ‘{title}’</translation>
        </message>
        <message>
            <source>weekend in {town} ({weekday})</source>
            <translation>weekend in {town} ({weekday})</translation>
        </message>
        <message>
            <source>holiday “{name}” in {town}</source>
            <translation>feestdag ‘{name}’ in {town}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the things a day is busy with</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>busy: {what}</source>
            <translation>bezet: {what}</translation>
        </message>
        <message>
            <source>no overlap of working hours</source>
            <translation>geen gemeenschappelijke werkuren</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the reasons of one day</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>{date}: {reasons}</source>
            <translation>{date}: {reasons}</translation>
        </message>
        <message>
            <source>{town}: the holiday calendar does not know the region {subdivision} of {country}, so the public holidays of {country} as a whole are used.</source>
            <translation>{town}: de feestdagenkalender kent de regio {subdivision} van {country} niet; de feestdagen van heel {country} worden gebruikt.</translation>
        </message>
        <message>
            <source>{town}: no public holidays are known for the country {country}; only the town's own days off are left out.</source>
            <translation>{town}: voor het land {country} zijn geen feestdagen bekend; alleen de eigen vrije dagen van de gemeente worden uitgesloten.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpAgenda</name>
        <message>
            <source>Open action items</source>
            <translation>Open actiepunten</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Volgende stappen</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>vervalt op {date}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Vergadering</translation>
        </message>
        <message>
            <source>&amp;Agenda and minutes</source>
            <translation>&amp;Agenda en notulen</translation>
        </message>
        <message>
            <source>Atte&amp;ndance</source>
            <translation>Aan&amp;wezigheid</translation>
        </message>
        <message>
            <source>Action &amp;items</source>
            <translation>Actiepunt&amp;en</translation>
        </message>
        <message>
            <source>Series and dri&amp;ft</source>
            <translation>&amp;Reeks en verschuiving</translation>
        </message>
        <message>
            <source>Call &amp;off…</source>
            <translation>A&amp;fgelasten…</translation>
        </message>
        <message>
            <source>Call off this occurrence, the following ones or the whole series</source>
            <translation>Deze vergadering, de volgende of de hele reeks afgelasten</translation>
        </message>
        <message>
            <source>Follow-up {name}</source>
            <translation>Opvolging {name}</translation>
        </message>
        <message>
            <source>Save the follow-up first.</source>
            <translation>Sla eerst de opvolgingsvergadering op.</translation>
        </message>
        <message>
            <source>New follow-up[*]</source>
            <translation>Nieuwe opvolgingsvergadering[*]</translation>
        </message>
        <message>
            <source>{title} – {date} – Follow-up[*]</source>
            <translation>{title} – {date} – Opvolgingsvergadering[*]</translation>
        </message>
        <message>
            <source>New follow-up “{title}”</source>
            <translation>Nieuwe opvolgingsvergadering “{title}”</translation>
        </message>
        <message>
            <source>Edit follow-up “{title}”</source>
            <translation>Opvolgingsvergadering “{title}” bewerken</translation>
        </message>
    </context>
    <context>
        <name>FollowUpSeries</name>
        <message>
            <source>Call off a recurring follow-up</source>
            <translation>Terugkerende opvolgingsvergadering afgelasten</translation>
        </message>
        <message>
            <source>Call off only this occurrence, or more of the series?</source>
            <translation>Alleen deze vergadering afgelasten, of meer vergaderingen van de reeks?</translation>
        </message>
        <message>
            <source>Edit a recurring follow-up</source>
            <translation>Terugkerende opvolgingsvergadering bewerken</translation>
        </message>
        <message>
            <source>Apply the changes to this occurrence only, or to more of the series?</source>
            <translation>De wijzigingen alleen op deze vergadering toepassen, of op meer vergaderingen van de reeks?</translation>
        </message>
        <message>
            <source>Occurrences that hold minutes, decisions or attendance stay as they are. Undo brings everything back.</source>
            <translation>Vergaderingen met notulen, beslissingen of aanwezigheid blijven zoals ze zijn. Ongedaan maken brengt alles terug.</translation>
        </message>
        <message>
            <source>&amp;This occurrence</source>
            <translation>&amp;Deze vergadering</translation>
        </message>
        <message>
            <source>This and the &amp;following</source>
            <translation>Deze en de &amp;volgende</translation>
        </message>
        <message>
            <source>&amp;All occurrences</source>
            <translation>&amp;Alle vergaderingen</translation>
        </message>
        <message>
            <source>Edit “{title}” and the following occurrences</source>
            <translation>“{title}” en de volgende vergaderingen bewerken</translation>
        </message>
        <message>
            <source>Edit every occurrence of “{title}”</source>
            <translation>Alle vergaderingen van “{title}” bewerken</translation>
        </message>
        <message>
            <source>Call off “{title}” on {date}</source>
            <translation>“{title}” op {date} afgelasten</translation>
        </message>
        <message>
            <source>Call off “{title}” from {date} on</source>
            <translation>“{title}” vanaf {date} afgelasten</translation>
        </message>
        <message>
            <source>Call off every occurrence of “{title}”</source>
            <translation>Alle vergaderingen van “{title}” afgelasten</translation>
        </message>
        <message>
            <source>Occurrences with minutes, decisions or attendance kept as they were: {n}.</source>
            <translation>Vergaderingen met notulen, beslissingen of aanwezigheid die ongewijzigd bleven: {n}.</translation>
        </message>
        <message>
            <source>Occurrences with minutes, decisions or attendance that the new rule has no date for became single follow-ups: {n}.</source>
            <translation>Vergaderingen met notulen, beslissingen of aanwezigheid waarvoor de nieuwe regel geen datum heeft en die losse opvolgingsvergaderingen werden: {n}.</translation>
        </message>
        <message>
            <source>Monthly, on the first {day}</source>
            <extracomment>"Monthly, on the first Tuesday" for BYDAY=1TU ... -1TU (the rules New Series offers).</extracomment>
            <translation>Maandelijks, op de eerste {day}</translation>
        </message>
        <message>
            <source>Monthly, on the second {day}</source>
            <translation>Maandelijks, op de tweede {day}</translation>
        </message>
        <message>
            <source>Monthly, on the third {day}</source>
            <translation>Maandelijks, op de derde {day}</translation>
        </message>
        <message>
            <source>Monthly, on the fourth {day}</source>
            <translation>Maandelijks, op de vierde {day}</translation>
        </message>
        <message>
            <source>Monthly, on the last {day}</source>
            <translation>Maandelijks, op de laatste {day}</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Elke dag</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Elke week</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Om de twee weken</translation>
        </message>
        <message>
            <source>Monthly, on day {day}</source>
            <translation>Maandelijks, op de {day}e</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Elke maand</translation>
        </message>
        <message>
            <source>, {count} times</source>
            <translation>, {count} keer</translation>
        </message>
        <message>
            <source>, until {date}</source>
            <translation>, tot {date}</translation>
        </message>
        <message>
            <source>The time in {town} changes ({anchor} keeps its time):</source>
            <translation>Het tijdstip in {town} verandert ({anchor} behoudt zijn tijdstip):</translation>
        </message>
        <message>
            <source>• from {date}: {time} in {town} (before: {previous})</source>
            <translation>• vanaf {date}: {time} in {town} (voordien: {previous})</translation>
        </message>
        <message>
            <source>{town} changes its clocks on {date}</source>
            <translation>{town} verzet de klok op {date}</translation>
        </message>
        <message>
            <source>Awkward for {town}:</source>
            <translation>Ongelegen voor {town}:</translation>
        </message>
        <message>
            <source>before working hours</source>
            <translation>vóór de werkuren</translation>
        </message>
        <message>
            <source>after working hours</source>
            <translation>na de werkuren</translation>
        </message>
        <message>
            <source>weekend</source>
            <translation>weekend</translation>
        </message>
        <message>
            <source>holiday: {name}</source>
            <translation>feestdag: {name}</translation>
        </message>
        <message>
            <source>• {date}, {start}–{end} in {town}: {reasons}</source>
            <translation>• {date}, {start}–{end} in {town}: {reasons}</translation>
        </message>
        <message>
            <source>{town} sees every coming occurrence at the same time, within its working hours, on working days.</source>
            <translation>In {town} vallen alle komende vergaderingen op hetzelfde tijdstip, binnen de werkuren en op werkdagen.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPage</name>
        <message>
            <source>{time} · {partner_time}</source>
            <extracomment>follow-up id -&gt; action items raised there that are still open</extracomment>
            <translation>{time} · {partner_time}</translation>
        </message>
        <message>
            <source>{home_time} {home} · {partner_time} {partner}</source>
            <translation>{home_time} {home} · {partner_time} {partner}</translation>
        </message>
        <message>
            <source>Plan the next follow-up of {name}</source>
            <translation>De volgende opvolgingsvergadering van {name} plannen</translation>
        </message>
        <message>
            <source>Partnership</source>
            <extracomment>The partnership id of the filter (or of the selected follow-up), or ``None``. "New Series…": the partnership id of the filter (or of the selected follow-up), or ``None``.</extracomment>
            <translation>Partnerschap</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time in both towns</source>
            <translation>Tijd in beide gemeenten</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Call quality</source>
            <translation>Gesprekskwaliteit</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>Open actiepunten</translation>
        </message>
        <message>
            <source>Action items raised at this follow-up that are still open</source>
            <translation>Actiepunten uit deze opvolgingsvergadering die nog open staan</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Opvolgingsvergaderingen</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Alle partnerschappen</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Tonen</translation>
        </message>
        <message>
            <source>All follow-ups</source>
            <translation>Alle opvolgingsvergaderingen</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Komende</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Voorbije</translation>
        </message>
        <message>
            <source>&amp;New Follow-up…</source>
            <translation>&amp;Nieuwe opvolgingsvergadering…</translation>
        </message>
        <message>
            <source>Plan the next follow-up of the chosen partnership, its agenda filled with the open action items</source>
            <translation>De volgende opvolgingsvergadering van het gekozen partnerschap plannen, met de open actiepunten al op de agenda</translation>
        </message>
        <message>
            <source>Find a &amp;Time…</source>
            <translation>Tijdstip &amp;zoeken…</translation>
        </message>
        <message>
            <source>Find when both towns can meet, and plan a follow-up then (Ctrl+Shift+F)</source>
            <translation>Zoeken wanneer beide gemeenten kunnen vergaderen, en op dat moment een opvolgingsvergadering plannen (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>New Se&amp;ries…</source>
            <translation>Nieuwe &amp;reeks…</translation>
        </message>
        <message>
            <source>Plan a recurring follow-up, with the drift warnings before creating it</source>
            <translation>Een terugkerende opvolgingsvergadering plannen, met de waarschuwingen over tijdsverschuiving vóór het aanmaken</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Tonen:</translation>
        </message>
        <message>
            <source>Choose a partnership or a follow-up first.</source>
            <translation>Kies eerst een partnerschap of een opvolgingsvergadering.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n meer</numerusform>
                <numerusform>+%n meer</numerusform>
            </translation>
        </message>
        <message>
            <source>Weekend: {towns}</source>
            <translation>Weekend: {towns}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import “{name}”</source>
            <translation>“{name}” importeren</translation>
        </message>
        <message>
            <source>Find it from the file</source>
            <translation>Volgens het bestand</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>What the import would change</source>
            <translation>Wat de import zou veranderen</translation>
        </message>
        <message>
            <source>Our items the partner changed</source>
            <translation>Onze items die de partner heeft gewijzigd</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Toepassen</translation>
        </message>
        <message>
            <source>(changed: {fields})</source>
            <translation>(gewijzigd: {fields})</translation>
        </message>
        <message>
            <source>New: {when} — {title}</source>
            <translation>Nieuw: {when} — {title}</translation>
        </message>
        <message>
            <source>Changed: {when} — {title}</source>
            <translation>Gewijzigd: {when} — {title}</translation>
        </message>
        <message>
            <source>Cancelled by the partner (marked cancelled here): {when} — {title}</source>
            <translation>Geannuleerd door de partner (hier als geannuleerd gemarkeerd): {when} — {title}</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) unchanged: nothing to do.</source>
            <translation>
                <numerusform>%n gebeurtenis ongewijzigd: niets te doen.</numerusform>
                <numerusform>%n gebeurtenissen ongewijzigd: niets te doen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Older than ours (ignored): {when} — {title}</source>
            <translation>Ouder dan de onze (genegeerd): {when} — {title}</translation>
        </message>
        <message>
            <source>No longer in the partner's file (kept here as it is): {when} — {title}</source>
            <translation>Niet meer in het bestand van de partner (hier ongewijzigd bewaard): {when} — {title}</translation>
        </message>
        <message numerus="yes">
            <source>%n of our own item(s) came back unchanged (not stored twice).</source>
            <translation>
                <numerusform>%n van onze eigen items kwam ongewijzigd terug (niet dubbel opgeslagen).</numerusform>
                <numerusform>%n van onze eigen items kwamen ongewijzigd terug (niet dubbel opgeslagen).</numerusform>
            </translation>
        </message>
        <message>
            <source>Ours: “{title}” — the partner has an older copy (ours kept).</source>
            <translation>Van ons: “{title}” — de partner heeft een oudere kopie (de onze blijft).</translation>
        </message>
        <message>
            <source>Ours: “{title}” is no longer shared (their copy ignored).</source>
            <translation>Van ons: “{title}” wordt niet meer gedeeld (hun kopie genegeerd).</translation>
        </message>
        <message>
            <source>Conflict: {text}</source>
            <translation>Conflict: {text}</translation>
        </message>
        <message>
            <source>Changed by the partner: {text}</source>
            <translation>Gewijzigd door de partner: {text}</translation>
        </message>
        <message>
            <source>Clash: {text}</source>
            <translation>Overlapping: {text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Opmerking: {text}</translation>
        </message>
        <message>
            <source>Into “{calendar}” ({partnership}): {new} new, {changed} changed, {cancelled} cancelled, {unchanged} unchanged, {older} older than ours, {missing} no longer in the file, {ours} of ours, {conflicts} conflicts, {clashes} clashes.</source>
            <translation>In “{calendar}” ({partnership}): {new} nieuw, {changed} gewijzigd, {cancelled} geannuleerd, {unchanged} ongewijzigd, {older} ouder dan de onze, {missing} niet meer in het bestand, {ours} van ons, {conflicts} conflicten, {clashes} overlappingen.</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>De onze behouden</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Die van hen nemen</translation>
        </message>
        <message>
            <source>A series is kept as ours; change it in its editor.</source>
            <translation>Een reeks blijft zoals bij ons; wijzig ze in haar editor.</translation>
        </message>
        <message>
            <source>Keep ours or take theirs: {title}</source>
            <translation>De onze behouden of die van hen nemen: {title}</translation>
        </message>
    </context>
    <context>
        <name>ItemCount</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <extracomment>Rows measured to fit the columns (Qt's own default precision).</extracomment>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItineraryTab</name>
        <message>
            <source>Travel legs</source>
            <translation>Trajecten</translation>
        </message>
        <message>
            <source>&amp;Add Leg…</source>
            <translation>Traject &amp;toevoegen…</translation>
        </message>
        <message>
            <source>Add a travel leg</source>
            <translation>Een traject toevoegen</translation>
        </message>
        <message>
            <source>&amp;Edit Leg…</source>
            <translation>Traject be&amp;werken…</translation>
        </message>
        <message>
            <source>Edit the selected travel leg</source>
            <translation>Het geselecteerde traject bewerken</translation>
        </message>
        <message>
            <source>&amp;Remove Leg</source>
            <translation>Traject verw&amp;ijderen</translation>
        </message>
        <message>
            <source>Remove the selected travel leg</source>
            <translation>Het geselecteerde traject verwijderen</translation>
        </message>
        <message>
            <source>No travel yet: add the first leg of the journey.</source>
            <translation>Nog geen reis: voeg het eerste traject toe.</translation>
        </message>
        <message>
            <source>Add the leg {origin} → {destination}</source>
            <translation>Traject {origin} → {destination} toevoegen</translation>
        </message>
        <message>
            <source>Edit the leg {origin} → {destination}</source>
            <translation>Traject {origin} → {destination} bewerken</translation>
        </message>
        <message>
            <source>Remove the leg {origin} → {destination}</source>
            <translation>Traject {origin} → {destination} verwijderen</translation>
        </message>
    </context>
    <context>
        <name>LegDialog</name>
        <message>
            <source>Add a Travel Leg</source>
            <translation>Traject toevoegen</translation>
        </message>
        <message>
            <source>Travel Leg</source>
            <translation>Traject</translation>
        </message>
        <message>
            <source>Brussels Airport (BRU)</source>
            <translation>Brussels Airport (BRU)</translation>
        </message>
        <message>
            <source>Dakar (DSS)</source>
            <translation>Dakar (DSS)</translation>
        </message>
        <message>
            <source>Flight or train number (SN 201)</source>
            <translation>Vlucht- of treinnummer (SN 201)</translation>
        </message>
        <message>
            <source>The flight or train number only, no booking reference: when the mission is shared, it goes to the partner town in the calendar file.</source>
            <translation>Alleen het vlucht- of treinnummer, geen boekingsreferentie: als de missie gedeeld wordt, gaat het in het agendabestand naar de partnergemeente.</translation>
        </message>
        <message>
            <source>Departure, local date and time</source>
            <translation>Vertrek, lokale datum en tijd</translation>
        </message>
        <message>
            <source>Time zone of the departure</source>
            <translation>Tijdzone van vertrek</translation>
        </message>
        <message>
            <source>Arrival, local date and time</source>
            <translation>Aankomst, lokale datum en tijd</translation>
        </message>
        <message>
            <source>Time zone of the arrival</source>
            <translation>Tijdzone van aankomst</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Van:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Naar:</translation>
        </message>
        <message>
            <source>&amp;Departure (local time):</source>
            <translation>V&amp;ertrek (lokale tijd):</translation>
        </message>
        <message>
            <source>&amp;Arrival (local time):</source>
            <translation>&amp;Aankomst (lokale tijd):</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>Vervoer&amp;smiddel:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Referentie:</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Partnership colours</source>
            <translation>Kleuren van de partnerschappen</translation>
        </message>
        <message>
            <source>Working hours in {town}</source>
            <translation>Werkuren in {town}</translation>
        </message>
        <message>
            <source>Weekend or holiday in {town}</source>
            <translation>Weekend of feestdag in {town}</translation>
        </message>
        <message>
            <source>Partner's calendar (read-only)</source>
            <translation>Kalender van de partner (alleen-lezen)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <extracomment>Emitted on the GUI thread after a service call changed something. Emitted when every loaded page has shown the rows of the latest refresh (a page loads when it is first shown: see _open_page). The record pages are built once the Overview has its first rows (see attach). The pages that load their rows (and reload on changes): those shown at least once.</extracomment>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missies</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actiepunten</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partnerschappen</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <source>{page} (Ctrl+{n})</source>
            <translation>{page} (Ctrl+{n})</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>&amp;Back Up Now…</source>
            <translation>Nu &amp;back-up maken…</translation>
        </message>
        <message>
            <source>Copy the database to a file of your choice</source>
            <translation>De databank naar een bestand naar keuze kopiëren</translation>
        </message>
        <message>
            <source>Load &amp;Demo Partnerships</source>
            <translation>&amp;Demopartnerschappen laden</translation>
        </message>
        <message>
            <source>Fill this empty database with the demo partnerships</source>
            <translation>Deze lege databank vullen met de demopartnerschappen</translation>
        </message>
        <message>
            <source>&amp;Export Calendar…</source>
            <translation>Agenda &amp;exporteren…</translation>
        </message>
        <message>
            <source>&amp;Import Calendar…</source>
            <translation>Agenda &amp;importeren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <source>&amp;About Jumelage</source>
            <translation>&amp;Over Jumelage</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>O&amp;pnieuw uitvoeren</translation>
        </message>
        <message>
            <source>New &amp;Mission…</source>
            <translation>Nieuwe &amp;missie…</translation>
        </message>
        <message>
            <source>New &amp;Follow-up…</source>
            <translation>Nieuwe opvolgings&amp;vergadering…</translation>
        </message>
        <message>
            <source>New &amp;Action Item…</source>
            <translation>Nieuw &amp;actiepunt…</translation>
        </message>
        <message>
            <source>New &amp;Partnership…</source>
            <translation>Nieuw pa&amp;rtnerschap…</translation>
        </message>
        <message>
            <source>New &amp;Town…</source>
            <translation>Nieuwe &amp;gemeente…</translation>
        </message>
        <message>
            <source>New P&amp;erson…</source>
            <translation>Nieuwe p&amp;ersoon…</translation>
        </message>
        <message>
            <source>F&amp;ind a Time…</source>
            <translation>Tijdstip &amp;zoeken…</translation>
        </message>
        <message>
            <source>Find when both towns of a partnership can meet, and plan a follow-up then</source>
            <translation>Zoeken wanneer beide gemeenten van een partnerschap kunnen vergaderen, en op dat moment een opvolgingsvergadering plannen</translation>
        </message>
        <message>
            <source>New Recurring &amp;Series…</source>
            <translation>Nieuwe &amp;terugkerende reeks…</translation>
        </message>
        <message>
            <source>Plan a recurring follow-up, with the drift warnings before creating it</source>
            <translation>Een terugkerende opvolgingsvergadering plannen, met de waarschuwingen over tijdsverschuiving vóór het aanmaken</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Voor&amp;keuren…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Ga naar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Import a Calendar File</source>
            <translation>Een agendabestand importeren</translation>
        </message>
        <message>
            <source>Calendars (*.ics *.ical *.ifb *.icalendar)</source>
            <translation>Agenda's (*.ics *.ical *.ifb *.icalendar)</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Databank: {path}</translation>
        </message>
        <message>
            <source>Loading the demo partnerships…</source>
            <translation>De demopartnerschappen worden geladen…</translation>
        </message>
        <message>
            <source>Back Up the Database</source>
            <translation>Back-up van de databank maken</translation>
        </message>
        <message>
            <source>Jumelage databases (*.sqlite)</source>
            <translation>Jumelage-databanken (*.sqlite)</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Back-up gemaakt in {path}</translation>
        </message>
        <message>
            <source>Jumelage</source>
            <translation>Jumelage</translation>
        </message>
    </context>
    <context>
        <name>MeetingTab</name>
        <message>
            <source>Cop&amp;y link</source>
            <translation>Link k&amp;opiëren</translation>
        </message>
        <message>
            <source>Copy the join link</source>
            <translation>De deelnamelink kopiëren</translation>
        </message>
        <message>
            <source>Copy the join link to the clipboard</source>
            <translation>De deelnamelink naar het klembord kopiëren</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Niet geregistreerd</translation>
        </message>
        <message>
            <source>S&amp;hared with the partner town</source>
            <translation>&amp;Gedeeld met de partnergemeente</translation>
        </message>
        <message>
            <source>Shared follow-ups appear in the calendar files sent to the partner town.</source>
            <translation>Gedeelde opvolgingsvergaderingen staan in de kalenderbestanden die naar de partnergemeente worden verstuurd.</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Begin:</translation>
        </message>
        <message>
            <source>In both towns:</source>
            <translation>In beide gemeenten:</translation>
        </message>
        <message>
            <source>&amp;Duration (minutes):</source>
            <translation>&amp;Duur (minuten):</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>&amp;Kanaal:</translation>
        </message>
        <message>
            <source>&amp;Join link:</source>
            <translation>Deelname&amp;link:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Call &amp;quality:</source>
            <translation>Gesprekskwal&amp;iteit:</translation>
        </message>
        <message>
            <source>Minutes &amp;lost to connection trouble:</source>
            <translation>&amp;Minuten verloren door verbindingsproblemen:</translation>
        </message>
    </context>
    <context>
        <name>MissionEditor</name>
        <message>
            <source>O&amp;verview</source>
            <translation>&amp;Overzicht</translation>
        </message>
        <message>
            <source>&amp;Delegation</source>
            <translation>&amp;Delegatie</translation>
        </message>
        <message>
            <source>&amp;Itinerary</source>
            <translation>&amp;Reisroute</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Programma</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Begroting</translation>
        </message>
        <message>
            <source>This mission no longer exists (it was deleted, or its creation undone). Redo brings it back.</source>
            <translation>Deze missie bestaat niet meer (ze werd verwijderd of de aanmaak werd ongedaan gemaakt). Met “Opnieuw uitvoeren” komt ze terug.</translation>
        </message>
        <message>
            <source>New mission[*]</source>
            <translation>Nieuwe missie[*]</translation>
        </message>
        <message>
            <source>Mission — {title}[*]</source>
            <translation>Missie — {title}[*]</translation>
        </message>
        <message>
            <source>Edit the mission “{title}”</source>
            <translation>Missie “{title}” bewerken</translation>
        </message>
        <message>
            <source>New mission “{title}”</source>
            <translation>Nieuwe missie “{title}”</translation>
        </message>
    </context>
    <context>
        <name>MissionsPage</name>
        <message numerus="yes">
            <source>%n mission(s)</source>
            <translation>
                <numerusform>%n missie</numerusform>
                <numerusform>%n missies</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} van {total}</translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message>
            <source>Month calendar</source>
            <extracomment>For bars: the first and last day of the drawn run in this week. The selection left the shown month: the page shows the month of this date. The towns whose local times an entry's tooltip gives (its own partnership's).</extracomment>
            <translation>Maandkalender</translation>
        </message>
        <message>
            <source>{mark} (day off)</source>
            <translation>{mark} (vrije dag)</translation>
        </message>
        <message>
            <source>⚠ {title}</source>
            <translation>⚠ {title}</translation>
        </message>
        <message>
            <source>{title} — {destination}</source>
            <translation>{title} — {destination}</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>Vervalt: {title}</translation>
        </message>
        <message>
            <source>{time} {title}</source>
            <translation>{time} {title}</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n meer</numerusform>
                <numerusform>+%n meer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Entries of {day}</source>
            <translation>Items van {day}</translation>
        </message>
    </context>
    <context>
        <name>NewSeriesDialog</name>
        <message>
            <source>Monthly on the first {weekday}</source>
            <extracomment>The repeat choices (combo data). The end choices. How long after the last change the preview is recomputed (ms).</extracomment>
            <translation>Maandelijks op de eerste {weekday}</translation>
        </message>
        <message>
            <source>Monthly on the second {weekday}</source>
            <translation>Maandelijks op de tweede {weekday}</translation>
        </message>
        <message>
            <source>Monthly on the third {weekday}</source>
            <translation>Maandelijks op de derde {weekday}</translation>
        </message>
        <message>
            <source>Monthly on the fourth {weekday}</source>
            <translation>Maandelijks op de vierde {weekday}</translation>
        </message>
        <message>
            <source>Monthly on the last {weekday}</source>
            <translation>Maandelijks op de laatste {weekday}</translation>
        </message>
        <message>
            <source>New Recurring Follow-up</source>
            <extracomment>Emitted with the :class:`~jumelage.services.series.SeriesEdit` (the dialog then closes). Emitted when the preview (count and drift warnings, or an error) is shown.</extracomment>
            <translation>Nieuwe terugkerende opvolgingsvergadering</translation>
        </message>
        <message>
            <source>First date</source>
            <extracomment>The drift of the last preview (``None``: none, or an error).</extracomment>
            <translation>Eerste datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Town whose clock the series keeps</source>
            <translation>Gemeente waarvan de reeks de lokale tijd aanhoudt</translation>
        </message>
        <message>
            <source>The series keeps this time in this town; the other town may see it move.</source>
            <translation>De reeks behoudt dit tijdstip in deze gemeente; in de andere gemeente kan het verschuiven.</translation>
        </message>
        <message>
            <source>&amp;in</source>
            <translation>&amp;in</translation>
        </message>
        <message>
            <source>Time in both towns</source>
            <translation>Tijd in beide gemeenten</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Duur in minuten</translation>
        </message>
        <message>
            <source>S&amp;hared with the partner town</source>
            <translation>&amp;Gedeeld met de partnergemeente</translation>
        </message>
        <message>
            <source>Shared follow-ups appear in the calendar files sent to the partner town.</source>
            <translation>Gedeelde opvolgingsvergaderingen staan in de kalenderbestanden die naar de partnergemeente worden verstuurd.</translation>
        </message>
        <message>
            <source>&amp;Never (plans two years ahead)</source>
            <translation>&amp;Nooit (plant twee jaar vooruit)</translation>
        </message>
        <message>
            <source>&amp;After</source>
            <translation>N&amp;a</translation>
        </message>
        <message>
            <source> occurrences</source>
            <translation> keer</translation>
        </message>
        <message>
            <source>Number of occurrences</source>
            <translation>Aantal vergaderingen</translation>
        </message>
        <message>
            <source>&amp;On</source>
            <translation>&amp;Op</translation>
        </message>
        <message>
            <source>Last date</source>
            <translation>Laatste datum</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;First:</source>
            <translation>&amp;Vanaf:</translation>
        </message>
        <message>
            <source>In both towns:</source>
            <translation>In beide gemeenten:</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Duur:</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>&amp;Kanaal:</translation>
        </message>
        <message>
            <source>&amp;Join link:</source>
            <translation>Deelname&amp;link:</translation>
        </message>
        <message>
            <source>&amp;Repeats:</source>
            <translation>&amp;Herhaling:</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Einde:</translation>
        </message>
        <message>
            <source>Occurrences</source>
            <translation>Vergaderingen</translation>
        </message>
        <message>
            <source>Drift &amp;warnings:</source>
            <translation>&amp;Waarschuwingen over tijdsverschuiving:</translation>
        </message>
        <message>
            <source>Drift warnings</source>
            <translation>Waarschuwingen over tijdsverschuiving</translation>
        </message>
        <message>
            <source>Create &amp;Series</source>
            <translation>&amp;Reeks aanmaken</translation>
        </message>
        <message>
            <source>Plan every occurrence (one step to undo)</source>
            <translation>Alle vergaderingen plannen (in één stap ongedaan te maken)</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Elke week</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Om de twee weken</translation>
        </message>
        <message>
            <source>Monthly on day {day}</source>
            <translation>Maandelijks op de {day}e</translation>
        </message>
        <message>
            <source>Monthly follow-up</source>
            <translation>Maandelijkse opvolging</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>The last date is before the first date.</source>
            <translation>De laatste datum ligt vóór de eerste datum.</translation>
        </message>
        <message>
            <source>Create a partnership first.</source>
            <translation>Maak eerst een partnerschap aan.</translation>
        </message>
        <message numerus="yes">
            <source>%n occurrence(s), from {first} to {last}.</source>
            <translation>
                <numerusform>%n vergadering, van {first} tot {last}.</numerusform>
                <numerusform>%n vergaderingen, van {first} tot {last}.</numerusform>
            </translation>
        </message>
        <message>
            <source>This rule has no date: nothing would be planned.</source>
            <translation>Deze regel levert geen enkele datum op: er zou niets gepland worden.</translation>
        </message>
        <message>
            <source>Plan the recurring follow-up “{title}” of {name}</source>
            <translation>De terugkerende opvolgingsvergadering “{title}” van {name} plannen</translation>
        </message>
    </context>
    <context>
        <name>NextFollowUpDialog</name>
        <message>
            <source>Next Follow-up</source>
            <translation>Volgende opvolgingsvergadering</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Begin:</translation>
        </message>
        <message>
            <source>In both towns:</source>
            <translation>In beide gemeenten:</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plannen</translation>
        </message>
        <message>
            <source>Next follow-up of {name}</source>
            <translation>Volgende opvolgingsvergadering van {name}</translation>
        </message>
        <message>
            <source>Its agenda lists the partnership's open action items and the next steps from the minutes of the previous follow-up.</source>
            <translation>De agenda bevat de open actiepunten van het partnerschap en de volgende stappen (alinea “Next steps”) uit de notulen van de vorige opvolgingsvergadering.</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>What was said. A “Next steps” paragraph is carried into the next agenda.</source>
            <translation>Wat er gezegd werd. Een alinea die begint met “Next steps” wordt overgenomen in de volgende agenda.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Beslissingen</translation>
        </message>
        <message>
            <source>Add d&amp;ecision…</source>
            <translation>Beslissing &amp;toevoegen…</translation>
        </message>
        <message>
            <source>Edi&amp;t decision…</source>
            <translation>Beslissing &amp;bewerken…</translation>
        </message>
        <message>
            <source>&amp;Remove decision</source>
            <translation>Beslissing ve&amp;rwijderen</translation>
        </message>
        <message>
            <source>&amp;Decisions:</source>
            <translation>Beslissi&amp;ngen:</translation>
        </message>
        <message>
            <source>Pre-filled with the open action items and the next steps of the previous follow-up; edit it freely. Saving records the items it lists as discussed at this follow-up.</source>
            <translation>Vooraf ingevuld met de open actiepunten en de volgende stappen van de vorige opvolgingsvergadering; pas het gerust aan. Bij het opslaan worden de actiepunten die erin staan genoteerd als besproken op deze opvolgingsvergadering.</translation>
        </message>
        <message>
            <source>A&amp;genda:</source>
            <translation>A&amp;genda:</translation>
        </message>
        <message>
            <source>Min&amp;utes:</source>
            <translation>Not&amp;ulen:</translation>
        </message>
        <message>
            <source>Add a decision</source>
            <translation>Een beslissing toevoegen</translation>
        </message>
        <message>
            <source>Add a Decision</source>
            <translation>Beslissing toevoegen</translation>
        </message>
        <message>
            <source>Edit a decision</source>
            <translation>Een beslissing bewerken</translation>
        </message>
        <message>
            <source>Edit the Decision</source>
            <translation>Beslissing bewerken</translation>
        </message>
        <message>
            <source>Remove a decision</source>
            <translation>Een beslissing verwijderen</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <extracomment>Counts the card rebuilds, so late mission checks never land on newer cards. Called on a worker thread with every state loaded (the app remembers it, to show the cards at once at the next start: see jumelage.app.snapshot).</extracomment>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>De databank wordt geopend…</translation>
        </message>
        <message>
            <source>No partnership yet. Load the demo from the File menu, or add a partnership.</source>
            <translation>Nog geen partnerschap. Laad de demo via het menu Bestand of voeg een partnerschap toe.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Save the mission first: its delegation, itinerary, agenda and budget can be added once it exists.</source>
            <translation>Sla eerst de missie op: de delegatie, de reisroute, het programma en de begroting kunnen pas worden toegevoegd zodra ze bestaat.</translation>
        </message>
        <message>
            <source>S&amp;hare with the partner (in their calendar file)</source>
            <translation>Delen &amp;met de partner (in hun kalenderbestand)</translation>
        </message>
        <message>
            <source>What the mission should achieve</source>
            <translation>Wat de missie moet opleveren</translation>
        </message>
        <message>
            <source>What came out of it, afterwards</source>
            <translation>Wat ze achteraf heeft opgeleverd</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Duurzame ontwikkelingsdoelstellingen</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>Partner&amp;schap:</translation>
        </message>
        <message>
            <source>Di&amp;rection:</source>
            <translation>Ric&amp;hting:</translation>
        </message>
        <message>
            <source>Destination to&amp;wn:</source>
            <translation>Bestemmings&amp;gemeente:</translation>
        </message>
        <message>
            <source>First da&amp;y:</source>
            <translation>&amp;Eerste dag:</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>&amp;Laatste dag:</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>Sustainable Development &amp;Goals:</source>
            <translation>Duur&amp;zame ontwikkelingsdoelstellingen:</translation>
        </message>
        <message>
            <source>&amp;Objectives (shared with the partner):</source>
            <translation>Doelstell&amp;ingen (gedeeld met de partner):</translation>
        </message>
        <message>
            <source>Internal &amp;notes (never shared):</source>
            <translation>Interne &amp;notities (nooit gedeeld):</translation>
        </message>
        <message>
            <source>Outco&amp;mes:</source>
            <translation>Result&amp;aten:</translation>
        </message>
        <message>
            <source>A completed mission is final: its status no longer changes.</source>
            <translation>Een afgeronde missie is definitief: de status verandert niet meer.</translation>
        </message>
        <message>
            <source>A cancelled mission starts again as an idea or a plan.</source>
            <translation>Een geannuleerde missie begint opnieuw als idee of als plan.</translation>
        </message>
        <message>
            <source>A mission must be {needed} before it is {requested}.</source>
            <translation>Een missie moet {needed} zijn voordat ze {requested} wordt.</translation>
        </message>
        <message>
            <source>A mission goes back one step at a time, here to {previous}.</source>
            <translation>Een missie gaat één stap tegelijk terug, hier naar {previous}.</translation>
        </message>
        <message>
            <source>From {current}, the status can go to: {allowed}.</source>
            <translation>Vanuit {current} kan de status naar: {allowed}.</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Saved, with %n agenda warning(s): see the Agenda tab.</source>
            <translation>
                <numerusform>⚠ Opgeslagen, met %n waarschuwing bij het programma: zie het tabblad Programma.</numerusform>
                <numerusform>⚠ Opgeslagen, met %n waarschuwingen bij het programma: zie het tabblad Programma.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OwnerCombo</name>
        <message>
            <source>Nobody</source>
            <translation>Niemand</translation>
        </message>
        <message>
            <source>{name} ({town})</source>
            <translation>{name} ({town})</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Add to the Delegation</source>
            <translation>Toevoegen aan de delegatie</translation>
        </message>
        <message>
            <source>Delegation Member</source>
            <translation>Delegatielid</translation>
        </message>
        <message>
            <source>{name} ({town})</source>
            <translation>{name} ({town})</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persoon:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
    </context>
    <context>
        <name>PartnershipCard</name>
        <message>
            <source>Local times</source>
            <extracomment>``None`` while the mission checks are still running (they come after the cards).</extracomment>
            <translation>Lokale tijden</translation>
        </message>
        <message>
            <source>Next mission</source>
            <translation>Volgende missie</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Volgende opvolgingsvergadering</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Achterstallig</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Controles</translation>
        </message>
        <message>
            <source>Checking the missions to come…</source>
            <translation>De komende missies worden gecontroleerd…</translation>
        </message>
        <message>
            <source>Nothing to check in the missions to come</source>
            <translation>Niets te controleren in de komende missies</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in the missions to come</source>
            <translation>
                <numerusform>%n probleem in de komende missies</numerusform>
                <numerusform>%n problemen in de komende missies</numerusform>
            </translation>
        </message>
        <message>
            <source>{home} {home_time} ({home_offset}) · {partner} {partner_time} ({partner_offset})</source>
            <translation>{home} {home_time} ({home_offset}) · {partner} {partner_time} ({partner_offset})</translation>
        </message>
        <message>
            <source>None planned</source>
            <translation>Geen gepland</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>lopend</translation>
        </message>
        <message>
            <source>{title} — {destination}, {dates} ({when}; {status})</source>
            <translation>{title} — {destination}, {dates} ({when}; {status})</translation>
        </message>
        <message>
            <source>None scheduled</source>
            <translation>Geen gepland</translation>
        </message>
        <message>
            <source>{title} — {date}: {home_time} {home} · {partner_time} {partner} ({channel})</source>
            <translation>{title} — {date}: {home_time} {home} · {partner_time} {partner} ({channel})</translation>
        </message>
        <message numerus="yes">
            <source>Nothing overdue (%n open item(s))</source>
            <translation>
                <numerusform>Niets achterstallig (%n open actiepunt)</numerusform>
                <numerusform>Niets achterstallig (%n open actiepunten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n overdue action item(s)</source>
            <translation>
                <numerusform>⚠ %n achterstallig actiepunt</numerusform>
                <numerusform>⚠ %n achterstallige actiepunten</numerusform>
            </translation>
        </message>
        <message>
            <source>({open} open in all)</source>
            <translation>({open} open in totaal)</translation>
        </message>
        <message>
            <source>• {text} — {owner}, due {due} ({late})</source>
            <translation>• {text} — {owner}, vervaldatum {due} ({late})</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>geen verantwoordelijke</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… en nog %n</numerusform>
                <numerusform>… en nog %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartnershipEditor</name>
        <message>
            <source>&amp;Not set</source>
            <translation>Onb&amp;ekend</translation>
        </message>
        <message>
            <source>The date the partnership began is not known</source>
            <translation>De begindatum van het partnerschap is niet bekend</translation>
        </message>
        <message>
            <source>&amp;Home town:</source>
            <translation>&amp;Onze gemeente:</translation>
        </message>
        <message>
            <source>&amp;Partner town:</source>
            <translation>&amp;Partnergemeente:</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>&amp;Sinds:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Kleur:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>&amp;Beschrijving:</translation>
        </message>
        <message>
            <source>New partnership</source>
            <translation>Nieuw partnerschap</translation>
        </message>
        <message>
            <source>Partnership: {name}</source>
            <translation>Partnerschap: {name}</translation>
        </message>
        <message>
            <source>Create partnership “{name}”</source>
            <translation>Partnerschap “{name}” aanmaken</translation>
        </message>
        <message>
            <source>Edit partnership “{name}”</source>
            <translation>Partnerschap “{name}” bewerken</translation>
        </message>
        <message>
            <source>Delete partnership “{name}”</source>
            <translation>Partnerschap “{name}” verwijderen</translation>
        </message>
        <message>
            <source>{name} (the default)</source>
            <translation>{name} (standaard)</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>naam@example.org</translation>
        </message>
        <message>
            <source>+32 2 000 00 00</source>
            <translation>+32 2 000 00 00</translation>
        </message>
        <message>
            <source>ISO codes, e.g. fr, nl, wo</source>
            <translation>ISO-codes, bv. fr, nl, wo</translation>
        </message>
        <message>
            <source>Two-letter language codes separated by commas: fr, nl, en, ar, wo…</source>
            <translation>Taalcodes van twee letters, gescheiden door komma's: fr, nl, en, ar, wo…</translation>
        </message>
        <message>
            <source>This person's personal data was erased. The missions, follow-ups and action items they took part in are kept.</source>
            <translation>De persoonsgegevens van deze persoon werden gewist. De missies, opvolgingsvergaderingen en actiepunten waaraan deze persoon deelnam, blijven bewaard.</translation>
        </message>
        <message>
            <source>Er&amp;ase Personal Data…</source>
            <translation>Persoonsgegevens &amp;wissen…</translation>
        </message>
        <message>
            <source>Remove this person's name and contact details everywhere; cannot be undone</source>
            <translation>De naam en contactgegevens van deze persoon overal verwijderen; kan niet ongedaan worden gemaakt</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Town:</source>
            <translation>&amp;Gemeente:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisatie:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Functie:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefoon:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>T&amp;alen:</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nieuwe persoon</translation>
        </message>
        <message>
            <source>Person: {name}</source>
            <translation>Persoon: {name}</translation>
        </message>
        <message>
            <source>Create person “{name}”</source>
            <translation>Persoon “{name}” aanmaken</translation>
        </message>
        <message>
            <source>Edit person “{name}”</source>
            <translation>Persoon “{name}” bewerken</translation>
        </message>
        <message>
            <source>Delete person “{name}”</source>
            <translation>Persoon “{name}” verwijderen</translation>
        </message>
        <message>
            <source>{code} (unknown code)</source>
            <translation>{code} (onbekende code)</translation>
        </message>
        <message>
            <source>Erase Personal Data</source>
            <translation>Persoonsgegevens wissen</translation>
        </message>
        <message>
            <source>Erase the personal data of “{name}”?

Their name, organisation, role, e-mail address, phone number and languages are removed everywhere. The missions, follow-ups and action items they took part in are kept and show “(erased)” instead of the name.

This cannot be undone. The undo history is cleared as well, so that no earlier edit can bring the data back.</source>
            <translation>De persoonsgegevens van “{name}” wissen?

Naam, organisatie, functie, e-mailadres, telefoonnummer en talen worden overal verwijderd. De missies, opvolgingsvergaderingen en actiepunten waaraan deze persoon deelnam, blijven bewaard en tonen “(erased)” in plaats van de naam.

Dit kan niet ongedaan worden gemaakt. Ook de geschiedenis van Ongedaan maken wordt gewist, zodat geen enkele eerdere bewerking de gegevens kan terugbrengen.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Wissen</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>Languages Jumelage is translated into, with their own names (never translated).</extracomment>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Zoals het systeem</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>A new language applies the next time Jumelage starts.</source>
            <translation>Een nieuwe taal wordt toegepast wanneer Jumelage de volgende keer start.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsBanner</name>
        <message numerus="yes">
            <source>%n thing(s) to check before the mission</source>
            <translation>
                <numerusform>%n punt om te controleren vóór de missie</numerusform>
                <numerusform>%n punten om te controleren vóór de missie</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeriesTab</name>
        <message>
            <source>Series</source>
            <translation>Reeks</translation>
        </message>
        <message>
            <source>&amp;Drift warnings:</source>
            <translation>Waarschuwingen &amp;over tijdsverschuiving:</translation>
        </message>
        <message>
            <source>Drift warnings</source>
            <translation>Waarschuwingen over tijdsverschuiving</translation>
        </message>
        <message>
            <source>{rule}, at {time} in {anchor}, from {date}.
{count} occurrences: {held} with a record of the meeting, {cancelled} called off.</source>
            <extracomment>What the last series edit left alone (logged occurrences).</extracomment>
            <translation>{rule}, om {time} in {anchor}, vanaf {date}.
{count} vergaderingen: {held} met een verslag van de vergadering, {cancelled} afgelast.</translation>
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>Filteren (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter {title}</source>
            <translation>Filter: {title}</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filter:</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} van {total}</translation>
        </message>
    </context>
    <context>
        <name>TownEditor</name>
        <message>
            <source>Optional, e.g. BRU for the Brussels-Capital Region</source>
            <translation>Optioneel, bv. BRU voor het Brussels Hoofdstedelijk Gewest</translation>
        </message>
        <message>
            <source>The region whose public holidays apply, as the holidays package names it. Leave it empty for the national holidays only.</source>
            <translation>De regio waarvan de feestdagen gelden, zoals het pakket “holidays” ze noemt. Laat dit veld leeg om enkel de nationale feestdagen toe te passen.</translation>
        </message>
        <message>
            <source>Start of the working day</source>
            <translation>Begin van de werkdag</translation>
        </message>
        <message>
            <source>End of the working day</source>
            <translation>Einde van de werkdag</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Land:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Tijd&amp;zone:</translation>
        </message>
        <message>
            <source>&amp;Holiday subdivision:</source>
            <translation>Subdivisie voor &amp;feestdagen:</translation>
        </message>
        <message>
            <source>&amp;Working hours:</source>
            <translation>&amp;Werkuren:</translation>
        </message>
        <message>
            <source>Wee&amp;kend:</source>
            <translation>Wee&amp;kend:</translation>
        </message>
        <message>
            <source>Days &amp;off:</source>
            <translation>Vrije &amp;dagen:</translation>
        </message>
        <message>
            <source>New town</source>
            <translation>Nieuwe gemeente</translation>
        </message>
        <message>
            <source>Town: {name}</source>
            <translation>Gemeente: {name}</translation>
        </message>
        <message>
            <source>Create town “{name}”</source>
            <translation>Gemeente “{name}” aanmaken</translation>
        </message>
        <message>
            <source>Edit town “{name}”</source>
            <translation>Gemeente “{name}” bewerken</translation>
        </message>
        <message>
            <source>Delete town “{name}”</source>
            <translation>Gemeente “{name}” verwijderen</translation>
        </message>
        <message>
            <source>Now {time} there ({offset})</source>
            <translation>Nu {time} ter plaatse ({offset})</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Week calendar: hours and timed entries</source>
            <translation>Weekkalender: uren en items met een tijdstip</translation>
        </message>
        <message>
            <source>Days, holidays and all-day entries</source>
            <translation>Dagen, feestdagen en items voor de hele dag</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Week van {date}</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>{offset} h</source>
            <translation>{offset} u</translation>
        </message>
        <message>
            <source>from {day}: {offset}</source>
            <translation>vanaf {day}: {offset}</translation>
        </message>
        <message>
            <source>{town} scale as on {first}; {changes}</source>
            <translation>Tijdschaal van {town} zoals op {first}; {changes}</translation>
        </message>
        <message>
            <source>{holiday} (estimated)</source>
            <translation>{holiday} (geschat)</translation>
        </message>
        <message>
            <source>{holiday} — {town}</source>
            <translation>{holiday} — {town}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Clock change: {offset}</source>
            <translation>Klokwijziging: {offset}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>{times} {town}</source>
            <translation>{times} {town}</translation>
        </message>
        <message>
            <source>{day}: {times}</source>
            <translation>{day}: {times}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>From the partner's calendar (read-only)</source>
            <translation>Uit de kalender van de partner (alleen-lezen)</translation>
        </message>
        <message>
            <source>Drag to move, drag the bottom edge to change the end</source>
            <translation>Sleep om te verplaatsen; sleep de onderrand om het einde te wijzigen</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>Vervalt: {title}</translation>
        </message>
        <message>
            <source>⚠ {title}</source>
            <translation>⚠ {title}</translation>
        </message>
        <message>
            <source>{time} {title}</source>
            <translation>{time} {title}</translation>
        </message>
    </context>
    <context>
        <name>ZonedDateTimeField</name>
        <message>
            <source>Time zone</source>
            <translation>Tijdzone</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum en tijd</translation>
        </message>
    </context>
    <context>
        <name>_Days</name>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>over %n dag</numerusform>
                <numerusform>over %n dagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n dag geleden</numerusform>
                <numerusform>%n dagen geleden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>%n minute(s) from the nearest start or end of a working day in either town</source>
            <translation>
                <numerusform>%n minuut van het dichtstbijzijnde begin of einde van een werkdag in een van beide gemeenten</numerusform>
                <numerusform>%n minuten van het dichtstbijzijnde begin of einde van een werkdag in een van beide gemeenten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more slot(s) not listed: narrow the dates to see them.</source>
            <translation>
                <numerusform>Nog %n tijdslot niet getoond: beperk de periode om het te zien.</numerusform>
                <numerusform>Nog %n tijdsloten niet getoond: beperk de periode om ze te zien.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n slot(s) found.</source>
            <translation>
                <numerusform>%n tijdslot gevonden.</numerusform>
                <numerusform>%n tijdsloten gevonden.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>calendar</name>
        <message>
            <source>Missions</source>
            <extracomment>The kinds in the order the filter lists them.</extracomment>
            <translation>Missies</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Reizen</translation>
        </message>
        <message>
            <source>Mission agendas</source>
            <translation>Missieprogramma's</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Opvolgingsvergaderingen</translation>
        </message>
        <message>
            <source>Action items due</source>
            <translation>Vervaldata van actiepunten</translation>
        </message>
        <message>
            <source>Partner events</source>
            <translation>Gebeurtenissen van de partner</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Missie</translation>
        </message>
        <message>
            <source>Mission agenda item</source>
            <translation>Programmapunt van een missie</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolging</translation>
        </message>
        <message>
            <source>Action item due</source>
            <translation>Vervaldag van een actie</translation>
        </message>
        <message>
            <source>Partner event</source>
            <translation>Partneractiviteit</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <extracomment>The pair of towns the views show (the chosen partnership, or the first one). What was asked: (first, last, partnership id or None, kinds).</extracomment>
            <translation>{day} {time}</translation>
        </message>
        <message>
            <source>{time} {town}</source>
            <translation>{time} {town}</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
        </message>
        <message>
            <source>All day</source>
            <translation>Hele dag</translation>
        </message>
        <message>
            <source>{start} → {end}</source>
            <translation>{start} → {end}</translation>
        </message>
        <message>
            <source>Planned in {zone}</source>
            <translation>Gepland in de tijdzone {zone}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>From the partner's calendar (read-only)</source>
            <translation>Uit de kalender van de partner (alleen-lezen)</translation>
        </message>
        <message>
            <source>{holiday} (estimated)</source>
            <translation>{holiday} (geschat)</translation>
        </message>
        <message>
            <source>{town}: {holiday}</source>
            <translation>{town}: {holiday}</translation>
        </message>
        <message>
            <source>Weekend in {town}</source>
            <translation>Weekend in {town}</translation>
        </message>
    </context>
    <context>
        <name>call quality</name>
        <message>
            <source>Good</source>
            <translation>Goed</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Verminderd</translation>
        </message>
        <message>
            <source>Audio only</source>
            <translation>Alleen audio</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Verbroken</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <source>{person} is also on the mission “{other}” on {day}.</source>
            <extracomment>A warning sign (with text: never colour alone).</extracomment>
            <translation>{person} neemt op {day} ook deel aan de missie “{other}”.</translation>
        </message>
        <message>
            <source>{day} is a holiday or day off at the destination: {name}.</source>
            <translation>{day} is een feestdag of vrije dag op de bestemming: {name}.</translation>
        </message>
        <message>
            <source>The agenda item “{title}” on {day} is outside the mission dates.</source>
            <translation>Het programmaonderdeel “{title}” op {day} valt buiten de data van de missie.</translation>
        </message>
        <message>
            <source>Departure {when}: the checklist of {person} still lacks {missing}.</source>
            <translation>Vertrek {when}: op de checklist van {person} ontbreekt nog: {missing}.</translation>
        </message>
        <message>
            <source>{mission} — {problem}</source>
            <translation>{mission} — {problem}</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… en nog {count}</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Andorra</source>
            <translation>Andorra</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <translation>Verenigde Arabische Emiraten</translation>
        </message>
        <message>
            <source>Afghanistan</source>
            <translation>Afghanistan</translation>
        </message>
        <message>
            <source>Antigua &amp; Barbuda</source>
            <translation>Antigua en Barbuda</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <translation>Anguilla</translation>
        </message>
        <message>
            <source>Albania</source>
            <translation>Albanië</translation>
        </message>
        <message>
            <source>Armenia</source>
            <translation>Armenië</translation>
        </message>
        <message>
            <source>Angola</source>
            <translation>Angola</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <translation>Antarctica</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>Argentinië</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <translation>Amerikaans-Samoa</translation>
        </message>
        <message>
            <source>Austria</source>
            <translation>Oostenrijk</translation>
        </message>
        <message>
            <source>Australia</source>
            <translation>Australië</translation>
        </message>
        <message>
            <source>Aruba</source>
            <translation>Aruba</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <translation>Åland</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>Azerbeidzjan</translation>
        </message>
        <message>
            <source>Bosnia &amp; Herzegovina</source>
            <translation>Bosnië en Herzegovina</translation>
        </message>
        <message>
            <source>Barbados</source>
            <translation>Barbados</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>Bangladesh</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>België</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <translation>Burkina Faso</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <translation>Bulgarije</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <translation>Bahrein</translation>
        </message>
        <message>
            <source>Burundi</source>
            <translation>Burundi</translation>
        </message>
        <message>
            <source>Benin</source>
            <translation>Benin</translation>
        </message>
        <message>
            <source>St. Barthélemy</source>
            <translation>Saint-Barthélemy</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <translation>Bermuda</translation>
        </message>
        <message>
            <source>Brunei</source>
            <translation>Brunei</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <translation>Bolivia</translation>
        </message>
        <message>
            <source>Caribbean Netherlands</source>
            <translation>Caribisch Nederland</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>Brazilië</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <translation>Bahama’s</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>Bhutan</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <translation>Bouveteiland</translation>
        </message>
        <message>
            <source>Botswana</source>
            <translation>Botswana</translation>
        </message>
        <message>
            <source>Belarus</source>
            <translation>Belarus</translation>
        </message>
        <message>
            <source>Belize</source>
            <translation>Belize</translation>
        </message>
        <message>
            <source>Canada</source>
            <translation>Canada</translation>
        </message>
        <message>
            <source>Cocos (Keeling) Islands</source>
            <translation>Cocoseilanden</translation>
        </message>
        <message>
            <source>Congo - Kinshasa</source>
            <translation>Congo-Kinshasa</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <translation>Centraal-Afrikaanse Republiek</translation>
        </message>
        <message>
            <source>Congo - Brazzaville</source>
            <translation>Congo-Brazzaville</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>Zwitserland</translation>
        </message>
        <message>
            <source>Côte d’Ivoire</source>
            <translation>Ivoorkust</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <translation>Cookeilanden</translation>
        </message>
        <message>
            <source>Chile</source>
            <translation>Chili</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>Kameroen</translation>
        </message>
        <message>
            <source>China</source>
            <translation>China</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombia</translation>
        </message>
        <message>
            <source>Costa Rica</source>
            <translation>Costa Rica</translation>
        </message>
        <message>
            <source>Cuba</source>
            <translation>Cuba</translation>
        </message>
        <message>
            <source>Cape Verde</source>
            <translation>Kaapverdië</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <translation>Curaçao</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <translation>Christmaseiland</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <translation>Cyprus</translation>
        </message>
        <message>
            <source>Czechia</source>
            <translation>Tsjechië</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>Duitsland</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <translation>Djibouti</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>Denemarken</translation>
        </message>
        <message>
            <source>Dominica</source>
            <translation>Dominica</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <translation>Dominicaanse Republiek</translation>
        </message>
        <message>
            <source>Algeria</source>
            <translation>Algerije</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Ecuador</translation>
        </message>
        <message>
            <source>Estonia</source>
            <translation>Estland</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>Egypte</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <translation>Westelijke Sahara</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <translation>Eritrea</translation>
        </message>
        <message>
            <source>Spain</source>
            <translation>Spanje</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>Ethiopië</translation>
        </message>
        <message>
            <source>Finland</source>
            <translation>Finland</translation>
        </message>
        <message>
            <source>Fiji</source>
            <translation>Fiji</translation>
        </message>
        <message>
            <source>Falkland Islands</source>
            <translation>Falklandeilanden</translation>
        </message>
        <message>
            <source>Micronesia</source>
            <translation>Micronesia</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <translation>Faeröer</translation>
        </message>
        <message>
            <source>France</source>
            <translation>Frankrijk</translation>
        </message>
        <message>
            <source>Gabon</source>
            <translation>Gabon</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Verenigd Koninkrijk</translation>
        </message>
        <message>
            <source>Grenada</source>
            <translation>Grenada</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Georgië</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <translation>Frans-Guyana</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <translation>Guernsey</translation>
        </message>
        <message>
            <source>Ghana</source>
            <translation>Ghana</translation>
        </message>
        <message>
            <source>Gibraltar</source>
            <translation>Gibraltar</translation>
        </message>
        <message>
            <source>Greenland</source>
            <translation>Groenland</translation>
        </message>
        <message>
            <source>Gambia</source>
            <translation>Gambia</translation>
        </message>
        <message>
            <source>Guinea</source>
            <translation>Guinee</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <translation>Guadeloupe</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <translation>Equatoriaal-Guinea</translation>
        </message>
        <message>
            <source>Greece</source>
            <translation>Griekenland</translation>
        </message>
        <message>
            <source>South Georgia &amp; South Sandwich Islands</source>
            <translation>Zuid-Georgia en Zuidelijke Sandwicheilanden</translation>
        </message>
        <message>
            <source>Guatemala</source>
            <translation>Guatemala</translation>
        </message>
        <message>
            <source>Guam</source>
            <translation>Guam</translation>
        </message>
        <message>
            <source>Guinea-Bissau</source>
            <translation>Guinee-Bissau</translation>
        </message>
        <message>
            <source>Guyana</source>
            <translation>Guyana</translation>
        </message>
        <message>
            <source>Hong Kong SAR China</source>
            <translation>Hongkong SAR van China</translation>
        </message>
        <message>
            <source>Heard &amp; McDonald Islands</source>
            <translation>Heard en McDonaldeilanden</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Croatia</source>
            <translation>Kroatië</translation>
        </message>
        <message>
            <source>Haiti</source>
            <translation>Haïti</translation>
        </message>
        <message>
            <source>Hungary</source>
            <translation>Hongarije</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <translation>Indonesië</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>Ierland</translation>
        </message>
        <message>
            <source>Israel</source>
            <translation>Israël</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <translation>Isle of Man</translation>
        </message>
        <message>
            <source>India</source>
            <translation>India</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <translation>Brits Indische Oceaanterritorium</translation>
        </message>
        <message>
            <source>Iraq</source>
            <translation>Irak</translation>
        </message>
        <message>
            <source>Iran</source>
            <translation>Iran</translation>
        </message>
        <message>
            <source>Iceland</source>
            <translation>IJsland</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>Italië</translation>
        </message>
        <message>
            <source>Jersey</source>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <translation>Jamaica</translation>
        </message>
        <message>
            <source>Jordan</source>
            <translation>Jordanië</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>Japan</translation>
        </message>
        <message>
            <source>Kenya</source>
            <translation>Kenia</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>Kirgizië</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <translation>Cambodja</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <translation>Kiribati</translation>
        </message>
        <message>
            <source>Comoros</source>
            <translation>Comoren</translation>
        </message>
        <message>
            <source>St. Kitts &amp; Nevis</source>
            <translation>Saint Kitts en Nevis</translation>
        </message>
        <message>
            <source>North Korea</source>
            <translation>Noord-Korea</translation>
        </message>
        <message>
            <source>South Korea</source>
            <translation>Zuid-Korea</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <translation>Koeweit</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <translation>Kaaimaneilanden</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>Kazachstan</translation>
        </message>
        <message>
            <source>Laos</source>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <translation>Libanon</translation>
        </message>
        <message>
            <source>St. Lucia</source>
            <translation>Saint Lucia</translation>
        </message>
        <message>
            <source>Liechtenstein</source>
            <translation>Liechtenstein</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <source>Liberia</source>
            <translation>Liberia</translation>
        </message>
        <message>
            <source>Lesotho</source>
            <translation>Lesotho</translation>
        </message>
        <message>
            <source>Lithuania</source>
            <translation>Litouwen</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <translation>Luxemburg</translation>
        </message>
        <message>
            <source>Latvia</source>
            <translation>Letland</translation>
        </message>
        <message>
            <source>Libya</source>
            <translation>Libië</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>Marokko</translation>
        </message>
        <message>
            <source>Monaco</source>
            <translation>Monaco</translation>
        </message>
        <message>
            <source>Moldova</source>
            <translation>Moldavië</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <translation>Montenegro</translation>
        </message>
        <message>
            <source>St. Martin</source>
            <translation>Saint-Martin</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <translation>Madagaskar</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <translation>Marshalleilanden</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <translation>Noord-Macedonië</translation>
        </message>
        <message>
            <source>Mali</source>
            <translation>Mali</translation>
        </message>
        <message>
            <source>Myanmar (Burma)</source>
            <translation>Myanmar (Birma)</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <translation>Mongolië</translation>
        </message>
        <message>
            <source>Macao SAR China</source>
            <translation>Macau SAR van China</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <translation>Noordelijke Marianen</translation>
        </message>
        <message>
            <source>Martinique</source>
            <translation>Martinique</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <translation>Mauritanië</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <translation>Montserrat</translation>
        </message>
        <message>
            <source>Malta</source>
            <translation>Malta</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <translation>Mauritius</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>Maldiven</translation>
        </message>
        <message>
            <source>Malawi</source>
            <translation>Malawi</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexico</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <translation>Maleisië</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Namibia</source>
            <translation>Namibië</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <translation>Nieuw-Caledonië</translation>
        </message>
        <message>
            <source>Niger</source>
            <translation>Niger</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <translation>Norfolk</translation>
        </message>
        <message>
            <source>Nigeria</source>
            <translation>Nigeria</translation>
        </message>
        <message>
            <source>Nicaragua</source>
            <translation>Nicaragua</translation>
        </message>
        <message>
            <source>Netherlands</source>
            <translation>Nederland</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>Noorwegen</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>Nepal</translation>
        </message>
        <message>
            <source>Nauru</source>
            <translation>Nauru</translation>
        </message>
        <message>
            <source>Niue</source>
            <translation>Niue</translation>
        </message>
        <message>
            <source>New Zealand</source>
            <translation>Nieuw-Zeeland</translation>
        </message>
        <message>
            <source>Oman</source>
            <translation>Oman</translation>
        </message>
        <message>
            <source>Panama</source>
            <translation>Panama</translation>
        </message>
        <message>
            <source>Peru</source>
            <translation>Peru</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <translation>Frans-Polynesië</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <translation>Papoea-Nieuw-Guinea</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>Filipijnen</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>Pakistan</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>Polen</translation>
        </message>
        <message>
            <source>St. Pierre &amp; Miquelon</source>
            <translation>Saint-Pierre en Miquelon</translation>
        </message>
        <message>
            <source>Pitcairn Islands</source>
            <translation>Pitcairneilanden</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <translation>Puerto Rico</translation>
        </message>
        <message>
            <source>Palestinian Territories</source>
            <translation>Palestijnse gebieden</translation>
        </message>
        <message>
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <source>Palau</source>
            <translation>Palau</translation>
        </message>
        <message>
            <source>Paraguay</source>
            <translation>Paraguay</translation>
        </message>
        <message>
            <source>Qatar</source>
            <translation>Qatar</translation>
        </message>
        <message>
            <source>Réunion</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Romania</source>
            <translation>Roemenië</translation>
        </message>
        <message>
            <source>Serbia</source>
            <translation>Servië</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Rusland</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <translation>Rwanda</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <translation>Saoedi-Arabië</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <translation>Salomonseilanden</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <translation>Seychellen</translation>
        </message>
        <message>
            <source>Sudan</source>
            <translation>Soedan</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>Zweden</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>Singapore</translation>
        </message>
        <message>
            <source>St. Helena</source>
            <translation>Sint-Helena</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <translation>Slovenië</translation>
        </message>
        <message>
            <source>Svalbard &amp; Jan Mayen</source>
            <translation>Spitsbergen en Jan Mayen</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <translation>Slowakije</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <translation>Sierra Leone</translation>
        </message>
        <message>
            <source>San Marino</source>
            <translation>San Marino</translation>
        </message>
        <message>
            <source>Senegal</source>
            <translation>Senegal</translation>
        </message>
        <message>
            <source>Somalia</source>
            <translation>Somalië</translation>
        </message>
        <message>
            <source>Suriname</source>
            <translation>Suriname</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <translation>Zuid-Soedan</translation>
        </message>
        <message>
            <source>São Tomé &amp; Príncipe</source>
            <translation>Sao Tomé en Principe</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>El Salvador</translation>
        </message>
        <message>
            <source>Sint Maarten</source>
            <translation>Sint-Maarten</translation>
        </message>
        <message>
            <source>Syria</source>
            <translation>Syrië</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <translation>Eswatini</translation>
        </message>
        <message>
            <source>Turks &amp; Caicos Islands</source>
            <translation>Turks- en Caicoseilanden</translation>
        </message>
        <message>
            <source>Chad</source>
            <translation>Tsjaad</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <translation>Franse Gebieden in de zuidelijke Indische Oceaan</translation>
        </message>
        <message>
            <source>Togo</source>
            <translation>Togo</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>Thailand</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>Tadzjikistan</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <translation>Tokelau</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <translation>Oost-Timor</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>Turkmenistan</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <translation>Tunesië</translation>
        </message>
        <message>
            <source>Tonga</source>
            <translation>Tonga</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <translation>Turkije</translation>
        </message>
        <message>
            <source>Trinidad &amp; Tobago</source>
            <translation>Trinidad en Tobago</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <translation>Taiwan</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <translation>Tanzania</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <translation>Oekraïne</translation>
        </message>
        <message>
            <source>Uganda</source>
            <translation>Oeganda</translation>
        </message>
        <message>
            <source>U.S. Outlying Islands</source>
            <translation>Kleine afgelegen eilanden van de Verenigde Staten</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>Verenigde Staten</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>Oezbekistan</translation>
        </message>
        <message>
            <source>Vatican City</source>
            <translation>Vaticaanstad</translation>
        </message>
        <message>
            <source>St. Vincent &amp; Grenadines</source>
            <translation>Saint Vincent en de Grenadines</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <translation>Venezuela</translation>
        </message>
        <message>
            <source>British Virgin Islands</source>
            <translation>Britse Maagdeneilanden</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <translation>Amerikaanse Maagdeneilanden</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <translation>Vietnam</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <translation>Vanuatu</translation>
        </message>
        <message>
            <source>Wallis &amp; Futuna</source>
            <translation>Wallis en Futuna</translation>
        </message>
        <message>
            <source>Samoa</source>
            <translation>Samoa</translation>
        </message>
        <message>
            <source>Kosovo</source>
            <translation>Kosovo</translation>
        </message>
        <message>
            <source>Yemen</source>
            <translation>Jemen</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <translation>Mayotte</translation>
        </message>
        <message>
            <source>South Africa</source>
            <translation>Zuid-Afrika</translation>
        </message>
        <message>
            <source>Zambia</source>
            <translation>Zambia</translation>
        </message>
        <message>
            <source>Zimbabwe</source>
            <translation>Zimbabwe</translation>
        </message>
    </context>
    <context>
        <name>directory</name>
        <message>
            <source>{zone} ({offset})</source>
            <extracomment>Everyone, erased people included (the page hides them unless asked).</extracomment>
            <translation>{zone} ({offset})</translation>
        </message>
        <message>
            <source>{country} ({code})</source>
            <translation>{country} ({code})</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerschap</translation>
        </message>
        <message>
            <source>Home town</source>
            <translation>Onze gemeente</translation>
        </message>
        <message>
            <source>Partner town</source>
            <translation>Partnergemeente</translation>
        </message>
        <message>
            <source>Partner time zone</source>
            <translation>Tijdzone van de partner</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kleur</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Tijdzone</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Werkuren</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <source>Own days off</source>
            <translation>Eigen vrije dagen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log file.</source>
            <extracomment>Error attributes that hold a mission's status values.</extracomment>
            <translation>Er is iets misgegaan: {error}. De details staan in het logbestand.</translation>
        </message>
        <message>
            <source>Jumelage could not do this.</source>
            <translation>Jumelage kon dit niet uitvoeren.</translation>
        </message>
        <message>
            <source>Jumelage could not do this with what it was given.</source>
            <translation>Jumelage kon dit niet uitvoeren met de opgegeven gegevens.</translation>
        </message>
        <message>
            <source>There is a problem with the database {path}.</source>
            <translation>Er is een probleem met de databank {path}.</translation>
        </message>
        <message>
            <source>{field} is not valid.</source>
            <translation>Het veld “{field}” is ongeldig.</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>Het veld “{field}” is verplicht.</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters.</source>
            <translation>Het veld “{field}” is langer dan {limit} tekens.</translation>
        </message>
        <message>
            <source>{field}: the end ({end}) is before the start ({start}).</source>
            <translation>{field}: het einde ({end}) ligt vóór het begin ({start}).</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not a known time zone.</source>
            <translation>{field}: “{name}” is geen bekende tijdzone.</translation>
        </message>
        <message>
            <source>{field}: {value} has no time zone.</source>
            <translation>{field}: {value} heeft geen tijdzone.</translation>
        </message>
        <message>
            <source>{field}: {wall} does not exist in {zone} (the clocks skip it for summer time).</source>
            <translation>{field}: {wall} bestaat niet in de tijdzone {zone} (de klok springt erover bij de overgang naar zomertijd).</translation>
        </message>
        <message>
            <source>{field}: the amount {amount} is negative.</source>
            <translation>{field}: het bedrag {amount} is negatief.</translation>
        </message>
        <message>
            <source>{field}: '{value}' is not a number.</source>
            <translation>{field}: “{value}” is geen getal.</translation>
        </message>
        <message>
            <source>{field}: '{code}' is not a supported currency.</source>
            <translation>{field}: “{code}” is geen ondersteunde munteenheid.</translation>
        </message>
        <message>
            <source>{field}: '{code}' is not an ISO 3166-1 country code.</source>
            <translation>{field}: “{code}” is geen ISO 3166-1-landcode.</translation>
        </message>
        <message>
            <source>{field}: '{value}' is not one of {choices}.</source>
            <translation>{field}: “{value}” is geen van de mogelijke waarden ({choices}).</translation>
        </message>
        <message>
            <source>{field}: working hours must start before they end.</source>
            <translation>{field}: de werkuren moeten beginnen voordat ze eindigen.</translation>
        </message>
        <message>
            <source>{field}: '{value}' is not an e-mail address.</source>
            <translation>{field}: “{value}” is geen e-mailadres.</translation>
        </message>
        <message>
            <source>{field}: '{value}' is not a colour like #1f77b4.</source>
            <translation>{field}: “{value}” is geen kleur in de vorm #1f77b4.</translation>
        </message>
        <message>
            <source>{field}: a town cannot be its own partner ({town}).</source>
            <translation>{field}: een gemeente kan niet haar eigen partner zijn ({town}).</translation>
        </message>
        <message>
            <source>{field}: {goal} is not a Sustainable Development Goal (1 to 17).</source>
            <translation>{field}: {goal} is geen duurzame ontwikkelingsdoelstelling (1 tot 17).</translation>
        </message>
        <message>
            <source>{field}: a mission cannot go from {current} to {requested}; allowed: {allowed}.</source>
            <translation>{field}: een missie kan niet van status {current} naar {requested} gaan; toegestaan: {allowed}.</translation>
        </message>
        <message>
            <source>{field}: a budget line belongs to one mission or one partnership.</source>
            <translation>{field}: een begrotingslijn hoort bij één missie of bij één partnerschap.</translation>
        </message>
        <message>
            <source>No {kind} with the key {key}.</source>
            <translation>Geen element van het type “{kind}” met sleutel {key}.</translation>
        </message>
        <message>
            <source>This {kind} was changed elsewhere after you opened it (version {current_version}, yours {expected_version}); reload it and try again.</source>
            <translation>Dit element ({kind}) werd elders gewijzigd nadat u het opende (versie {current_version}, de uwe: {expected_version}); laad het opnieuw en probeer het nog eens.</translation>
        </message>
        <message>
            <source>This {kind} was changed elsewhere while you were saving; reload it and try again.</source>
            <translation>Dit element ({kind}) werd elders gewijzigd terwijl u aan het opslaan was; laad het opnieuw en probeer het nog eens.</translation>
        </message>
        <message>
            <source>This {kind} is still used by {count} {referenced_by}.</source>
            <translation>Dit element ({kind}) wordt nog gebruikt ({count} {referenced_by}).</translation>
        </message>
        <message>
            <source>A {kind} named '{name}' already exists.</source>
            <translation>Er bestaat al een element van het type “{kind}” met de naam “{name}”.</translation>
        </message>
        <message>
            <source>No {kind} matches '{query}'. Known: {candidates}.</source>
            <translation>Geen element van het type “{kind}” komt overeen met “{query}”. Bekend: {candidates}.</translation>
        </message>
        <message>
            <source>'{query}' matches several {kind}s: {candidates}.</source>
            <translation>“{query}” komt overeen met meerdere elementen van het type “{kind}”: {candidates}.</translation>
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation>Er staat geen databank op {path}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file or pass --force.</source>
            <translation>{path} bestaat al; kies een ander bestand of gebruik de optie --force.</translation>
        </message>
        <message>
            <source>The folder of {path} does not exist.</source>
            <translation>De map van {path} bestaat niet.</translation>
        </message>
        <message>
            <source>{path} is not a Jumelage database ({detail}).</source>
            <translation>{path} is geen Jumelage-databank ({detail}).</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({detail}).</source>
            <translation>De databank {path} is beschadigd ({detail}).</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of Jumelage (schema {revision}); update Jumelage to open it. The file was not changed.</source>
            <translation>{path} werd geschreven door een nieuwere versie van Jumelage (schema {revision}); werk Jumelage bij om het te openen. Het bestand werd niet gewijzigd.</translation>
        </message>
        <message>
            <source>{path} uses an older schema ({revision}); open it in the Jumelage app to upgrade it (a backup is made first). The file was not changed.</source>
            <translation>{path} gebruikt een ouder schema ({revision}); open het in de Jumelage-app om het bij te werken (er wordt eerst een reservekopie gemaakt). Het bestand is niet gewijzigd.</translation>
        </message>
        <message>
            <source>{path} is an SQLite file but not a Jumelage database.</source>
            <translation>{path} is een SQLite-bestand, maar geen Jumelage-databank.</translation>
        </message>
        <message>
            <source>Upgrading {path} failed ({detail}); the database was restored as it was before.</source>
            <translation>Het bijwerken van {path} is mislukt ({detail}); de databank werd hersteld zoals ze voordien was.</translation>
        </message>
        <message>
            <source>{path} is already open in another Jumelage ({holder}).</source>
            <translation>{path} is al geopend in een andere instantie van Jumelage ({holder}).</translation>
        </message>
        <message>
            <source>{path} is read-only; Jumelage cannot save there.</source>
            <translation>{path} is alleen-lezen; Jumelage kan er niet opslaan.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; nothing was saved.</source>
            <translation>De schijf met {path} is vol; er werd niets opgeslagen.</translation>
        </message>
        <message>
            <source>{path} cannot be reached ({detail}).</source>
            <translation>{path} is niet bereikbaar ({detail}).</translation>
        </message>
        <message>
            <source>The backup of {path} to {target} failed ({detail}).</source>
            <translation>De back-up van {path} naar {target} is mislukt ({detail}).</translation>
        </message>
        <message>
            <source>The calendar file {source} cannot be used.</source>
            <translation>Het agendabestand {source} kan niet worden gebruikt.</translation>
        </message>
        <message>
            <source>There is no calendar file {source}.</source>
            <translation>Het agendabestand {source} bestaat niet.</translation>
        </message>
        <message>
            <source>The calendar file {source} cannot be read ({detail}).</source>
            <translation>Het agendabestand {source} kan niet worden gelezen ({detail}).</translation>
        </message>
        <message>
            <source>{source} is too large to be a calendar ({size} bytes; Jumelage reads files up to {limit} bytes). Nothing was imported.</source>
            <translation>{source} is te groot voor een agenda ({size} bytes; Jumelage leest bestanden tot {limit} bytes). Er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <source>{source} is not an iCalendar file (it does not start with BEGIN:VCALENDAR). Nothing was imported.</source>
            <translation>{source} is geen iCalendar-bestand (het begint niet met BEGIN:VCALENDAR). Er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <source>{source} holds binary data (NUL bytes on line {line}), not calendar text. Nothing was imported.</source>
            <translation>{source} bevat binaire gegevens (NUL-bytes op regel {line}), geen agendatekst. Er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <source>Line {line} of {source} is not an iCalendar line (NAME:value). Nothing was imported.</source>
            <translation>Regel {line} van {source} is geen iCalendar-regel (NAAM:waarde). Er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <source>{source} nests components more than {limit} deep (line {line}). Nothing was imported.</source>
            <translation>{source} nest onderdelen meer dan {limit} niveaus diep (regel {line}). Er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <source>{source} holds more than {limit} components; Jumelage reads at most {limit}. Nothing was imported.</source>
            <translation>{source} bevat meer dan {limit} onderdelen; Jumelage leest er hoogstens {limit}. Er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <source>{source} holds no events. Nothing was imported.</source>
            <translation>{source} bevat geen gebeurtenissen. Er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <source>Say which partnership {source} belongs to; it could be any of: {candidates}.</source>
            <translation>Geef aan bij welk partnerschap {source} hoort; het kan een van deze zijn: {candidates}.</translation>
        </message>
        <message>
            <source>The folder for {source} does not exist; nothing was written.</source>
            <translation>De map voor {source} bestaat niet; er werd niets geschreven.</translation>
        </message>
        <message>
            <source>{source} could not be written ({detail}); nothing was changed.</source>
            <translation>{source} kon niet worden geschreven ({detail}); er werd niets gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Actual amount</source>
            <extracomment>The labels of the field names the domain's and the services' errors use.</extracomment>
            <translation>Werkelijk bedrag</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Aankomst</translation>
        </message>
        <message>
            <source>Date of the rate</source>
            <translation>Datum van de koers</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Kleur</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Munteenheid</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Days off</source>
            <translation>Vrije dagen</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Beslissing</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Vertrek</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Bestemming</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richting</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Vervaldatum</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Einde</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>Soort item</translation>
        </message>
        <message>
            <source>First meeting</source>
            <translation>Eerste vergadering</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opvolgingsvergadering</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Home town</source>
            <translation>Onze gemeente</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum en tijd</translation>
        </message>
        <message>
            <source>Internal notes</source>
            <translation>Interne notities</translation>
        </message>
        <message>
            <source>Join link</source>
            <translation>Deelnamelink</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Notulen</translation>
        </message>
        <message>
            <source>Minutes lost</source>
            <translation>Verloren minuten</translation>
        </message>
        <message>
            <source>Mode of travel</source>
            <translation>Vervoermiddel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Doelstellingen</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Resultaten</translation>
        </message>
        <message>
            <source>Mission or partnership</source>
            <translation>Missie of partnerschap</translation>
        </message>
        <message>
            <source>Partner town</source>
            <translation>Partnergemeente</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerschap</translation>
        </message>
        <message>
            <source>Rate per euro</source>
            <translation>Koers per euro</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Planned amount</source>
            <translation>Gepland bedrag</translation>
        </message>
        <message>
            <source>Call quality</source>
            <translation>Gesprekskwaliteit</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Herhaling</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Duurzame ontwikkelingsdoelstellingen</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Reeks</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Verschuiving</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Begin</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Holiday subdivision</source>
            <translation>Subdivisie voor feestdagen</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Tijdzone</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Laatste dag</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Werkuren</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Bevestigd</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Geschrapt</translation>
        </message>
        <message>
            <source>Exploring</source>
            <translation>Verkennend</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Slapend</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beëindigd</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Fysiek</translation>
        </message>
        <message>
            <source>Our delegation travels</source>
            <translation>Onze delegatie reist</translation>
        </message>
        <message>
            <source>The partner's delegation visits</source>
            <translation>De delegatie van de partner komt op bezoek</translation>
        </message>
        <message>
            <source>Head of delegation</source>
            <translation>Delegatieleider</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Ambtenaar</translation>
        </message>
        <message>
            <source>Elected official</source>
            <translation>Verkozene</translation>
        </message>
        <message>
            <source>Video crew</source>
            <translation>Videoploeg</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Tolk</translation>
        </message>
        <message>
            <source>Civil-society volunteer</source>
            <translation>Vrijwilliger uit het middenveld</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Paspoort</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Visum</translation>
        </message>
        <message>
            <source>Vaccination</source>
            <translation>Vaccinatie</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Verzekering</translation>
        </message>
        <message>
            <source>Signed mission order</source>
            <translation>Ondertekende dienstreisopdracht</translation>
        </message>
        <message>
            <source>Air</source>
            <translation>Vliegtuig</translation>
        </message>
        <message>
            <source>Road</source>
            <translation>Weg</translation>
        </message>
        <message>
            <source>Rail</source>
            <translation>Trein</translation>
        </message>
        <message>
            <source>Boat</source>
            <translation>Boot</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Reizen</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>Verblijf</translation>
        </message>
        <message>
            <source>Per diem</source>
            <translation>Dagvergoeding</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Uitrusting</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communicatie</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Uitgenodigd</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Verontschuldigd</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Afwezig</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Maandag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Dinsdag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Woensdag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Donderdag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Vrijdag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Zaterdag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Zondag</translation>
        </message>
        <message>
            <source>No Poverty</source>
            <translation>Geen armoede</translation>
        </message>
        <message>
            <source>Zero Hunger</source>
            <translation>Geen honger</translation>
        </message>
        <message>
            <source>Good Health and Well-being</source>
            <translation>Goede gezondheid en welzijn</translation>
        </message>
        <message>
            <source>Quality Education</source>
            <translation>Kwaliteitsonderwijs</translation>
        </message>
        <message>
            <source>Gender Equality</source>
            <translation>Gendergelijkheid</translation>
        </message>
        <message>
            <source>Clean Water and Sanitation</source>
            <translation>Schoon water en sanitair</translation>
        </message>
        <message>
            <source>Affordable and Clean Energy</source>
            <translation>Betaalbare en duurzame energie</translation>
        </message>
        <message>
            <source>Decent Work and Economic Growth</source>
            <translation>Waardig werk en economische groei</translation>
        </message>
        <message>
            <source>Industry, Innovation and Infrastructure</source>
            <translation>Industrie, innovatie en infrastructuur</translation>
        </message>
        <message>
            <source>Reduced Inequalities</source>
            <translation>Ongelijkheid verminderen</translation>
        </message>
        <message>
            <source>Sustainable Cities and Communities</source>
            <translation>Duurzame steden en gemeenschappen</translation>
        </message>
        <message>
            <source>Responsible Consumption and Production</source>
            <translation>Verantwoorde consumptie en productie</translation>
        </message>
        <message>
            <source>Climate Action</source>
            <translation>Klimaatactie</translation>
        </message>
        <message>
            <source>Life Below Water</source>
            <translation>Leven in het water</translation>
        </message>
        <message>
            <source>Life on Land</source>
            <translation>Leven op het land</translation>
        </message>
        <message>
            <source>Peace, Justice and Strong Institutions</source>
            <translation>Vrede, justitie en sterke publieke diensten</translation>
        </message>
        <message>
            <source>Partnerships for the Goals</source>
            <translation>Partnerschap om doelstellingen te bereiken</translation>
        </message>
    </context>
    <context>
        <name>languages</name>
        <message>
            <source>Afar</source>
            <translation>Afar</translation>
        </message>
        <message>
            <source>Abkhazian</source>
            <translation>Abchazisch</translation>
        </message>
        <message>
            <source>Avestan</source>
            <translation>Avestisch</translation>
        </message>
        <message>
            <source>Afrikaans</source>
            <translation>Afrikaans</translation>
        </message>
        <message>
            <source>Akan</source>
            <translation>Akan</translation>
        </message>
        <message>
            <source>Amharic</source>
            <translation>Amhaars</translation>
        </message>
        <message>
            <source>Aragonese</source>
            <translation>Aragonees</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
        <message>
            <source>Assamese</source>
            <translation>Assamees</translation>
        </message>
        <message>
            <source>Avaric</source>
            <translation>Avarisch</translation>
        </message>
        <message>
            <source>Aymara</source>
            <translation>Aymara</translation>
        </message>
        <message>
            <source>Azerbaijani</source>
            <translation>Azerbeidzjaans</translation>
        </message>
        <message>
            <source>Bashkir</source>
            <translation>Basjkiers</translation>
        </message>
        <message>
            <source>Belarusian</source>
            <translation>Belarussisch</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <translation>Bulgaars</translation>
        </message>
        <message>
            <source>Bislama</source>
            <translation>Bislama</translation>
        </message>
        <message>
            <source>Bambara</source>
            <translation>Bambara</translation>
        </message>
        <message>
            <source>Bangla</source>
            <translation>Bengaals</translation>
        </message>
        <message>
            <source>Tibetan</source>
            <translation>Tibetaans</translation>
        </message>
        <message>
            <source>Breton</source>
            <translation>Bretons</translation>
        </message>
        <message>
            <source>Bosnian</source>
            <translation>Bosnisch</translation>
        </message>
        <message>
            <source>Catalan</source>
            <translation>Catalaans</translation>
        </message>
        <message>
            <source>Chechen</source>
            <translation>Tsjetsjeens</translation>
        </message>
        <message>
            <source>Chamorro</source>
            <translation>Chamorro</translation>
        </message>
        <message>
            <source>Corsican</source>
            <translation>Corsicaans</translation>
        </message>
        <message>
            <source>Cree</source>
            <translation>Cree</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>Tsjechisch</translation>
        </message>
        <message>
            <source>Church Slavic</source>
            <translation>Kerkslavisch</translation>
        </message>
        <message>
            <source>Chuvash</source>
            <translation>Tsjoevasjisch</translation>
        </message>
        <message>
            <source>Welsh</source>
            <translation>Welsh</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Deens</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Duits</translation>
        </message>
        <message>
            <source>Divehi</source>
            <translation>Divehi</translation>
        </message>
        <message>
            <source>Dzongkha</source>
            <translation>Dzongkha</translation>
        </message>
        <message>
            <source>Ewe</source>
            <translation>Ewe</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>Grieks</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>Esperanto</source>
            <translation>Esperanto</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spaans</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>Estisch</translation>
        </message>
        <message>
            <source>Basque</source>
            <translation>Baskisch</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Perzisch</translation>
        </message>
        <message>
            <source>Fula</source>
            <translation>Fulah</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>Fins</translation>
        </message>
        <message>
            <source>Fijian</source>
            <translation>Fijisch</translation>
        </message>
        <message>
            <source>Faroese</source>
            <translation>Faeröers</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>Western Frisian</source>
            <translation>Fries</translation>
        </message>
        <message>
            <source>Irish</source>
            <translation>Iers</translation>
        </message>
        <message>
            <source>Scottish Gaelic</source>
            <translation>Schots-Gaelisch</translation>
        </message>
        <message>
            <source>Galician</source>
            <translation>Galicisch</translation>
        </message>
        <message>
            <source>Guarani</source>
            <translation>Guaraní</translation>
        </message>
        <message>
            <source>Gujarati</source>
            <translation>Gujarati</translation>
        </message>
        <message>
            <source>Manx</source>
            <translation>Manx</translation>
        </message>
        <message>
            <source>Hausa</source>
            <translation>Hausa</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>Hebreeuws</translation>
        </message>
        <message>
            <source>Hindi</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <source>Hiri Motu</source>
            <translation>Hiri Motu</translation>
        </message>
        <message>
            <source>Croatian</source>
            <translation>Kroatisch</translation>
        </message>
        <message>
            <source>Haitian Creole</source>
            <translation>Haïtiaans Creools</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>Hongaars</translation>
        </message>
        <message>
            <source>Armenian</source>
            <translation>Armeens</translation>
        </message>
        <message>
            <source>Herero</source>
            <translation>Herero</translation>
        </message>
        <message>
            <source>Interlingua</source>
            <translation>Interlingua</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Indonesisch</translation>
        </message>
        <message>
            <source>Interlingue</source>
            <translation>Interlingue</translation>
        </message>
        <message>
            <source>Igbo</source>
            <translation>Igbo</translation>
        </message>
        <message>
            <source>Sichuan Yi</source>
            <translation>Yi</translation>
        </message>
        <message>
            <source>Inupiaq</source>
            <translation>Inupiaq</translation>
        </message>
        <message>
            <source>Ido</source>
            <translation>Ido</translation>
        </message>
        <message>
            <source>Icelandic</source>
            <translation>IJslands</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiaans</translation>
        </message>
        <message>
            <source>Inuktitut</source>
            <translation>Inuktitut</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>Japans</translation>
        </message>
        <message>
            <source>Javanese</source>
            <translation>Javaans</translation>
        </message>
        <message>
            <source>Georgian</source>
            <translation>Georgisch</translation>
        </message>
        <message>
            <source>Kongo</source>
            <translation>Kongo</translation>
        </message>
        <message>
            <source>Kikuyu</source>
            <translation>Gikuyu</translation>
        </message>
        <message>
            <source>Kuanyama</source>
            <translation>Kuanyama</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>Kazachs</translation>
        </message>
        <message>
            <source>Kalaallisut</source>
            <translation>Groenlands</translation>
        </message>
        <message>
            <source>Khmer</source>
            <translation>Khmer</translation>
        </message>
        <message>
            <source>Kannada</source>
            <translation>Kannada</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>Koreaans</translation>
        </message>
        <message>
            <source>Kanuri</source>
            <translation>Kanuri</translation>
        </message>
        <message>
            <source>Kashmiri</source>
            <translation>Kasjmiri</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>Koerdisch</translation>
        </message>
        <message>
            <source>Komi</source>
            <translation>Komi</translation>
        </message>
        <message>
            <source>Cornish</source>
            <translation>Cornish</translation>
        </message>
        <message>
            <source>Kyrgyz</source>
            <translation>Kirgizisch</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>Latijn</translation>
        </message>
        <message>
            <source>Luxembourgish</source>
            <translation>Luxemburgs</translation>
        </message>
        <message>
            <source>Ganda</source>
            <translation>Luganda</translation>
        </message>
        <message>
            <source>Limburgish</source>
            <translation>Limburgs</translation>
        </message>
        <message>
            <source>Lingala</source>
            <translation>Lingala</translation>
        </message>
        <message>
            <source>Lao</source>
            <translation>Laotiaans</translation>
        </message>
        <message>
            <source>Lithuanian</source>
            <translation>Litouws</translation>
        </message>
        <message>
            <source>Luba-Katanga</source>
            <translation>Luba-Katanga</translation>
        </message>
        <message>
            <source>Latvian</source>
            <translation>Lets</translation>
        </message>
        <message>
            <source>Malagasy</source>
            <translation>Malagassisch</translation>
        </message>
        <message>
            <source>Marshallese</source>
            <translation>Marshallees</translation>
        </message>
        <message>
            <source>Māori</source>
            <translation>Maori</translation>
        </message>
        <message>
            <source>Macedonian</source>
            <translation>Macedonisch</translation>
        </message>
        <message>
            <source>Malayalam</source>
            <translation>Malayalam</translation>
        </message>
        <message>
            <source>Mongolian</source>
            <translation>Mongools</translation>
        </message>
        <message>
            <source>Marathi</source>
            <translation>Marathi</translation>
        </message>
        <message>
            <source>Malay</source>
            <translation>Maleis</translation>
        </message>
        <message>
            <source>Maltese</source>
            <translation>Maltees</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>Birmaans</translation>
        </message>
        <message>
            <source>Nauru</source>
            <translation>Nauruaans</translation>
        </message>
        <message>
            <source>Norwegian Bokmål</source>
            <translation>Noors - Bokmål</translation>
        </message>
        <message>
            <source>North Ndebele</source>
            <translation>Noord-Ndebele</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>Nepalees</translation>
        </message>
        <message>
            <source>Ndonga</source>
            <translation>Ndonga</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>Norwegian Nynorsk</source>
            <translation>Noors - Nynorsk</translation>
        </message>
        <message>
            <source>South Ndebele</source>
            <translation>Zuid-Ndbele</translation>
        </message>
        <message>
            <source>Navajo</source>
            <translation>Navajo</translation>
        </message>
        <message>
            <source>Nyanja</source>
            <translation>Nyanja</translation>
        </message>
        <message>
            <source>Occitan</source>
            <translation>Occitaans</translation>
        </message>
        <message>
            <source>Ojibwa</source>
            <translation>Ojibwa</translation>
        </message>
        <message>
            <source>Oromo</source>
            <translation>Afaan Oromo</translation>
        </message>
        <message>
            <source>Odia</source>
            <translation>Odia</translation>
        </message>
        <message>
            <source>Ossetic</source>
            <translation>Ossetisch</translation>
        </message>
        <message>
            <source>Punjabi</source>
            <translation>Punjabi</translation>
        </message>
        <message>
            <source>Pali</source>
            <translation>Pali</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Pools</translation>
        </message>
        <message>
            <source>Pashto</source>
            <translation>Pasjtoe</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugees</translation>
        </message>
        <message>
            <source>Quechua</source>
            <translation>Quechua</translation>
        </message>
        <message>
            <source>Romansh</source>
            <translation>Reto-Romaans</translation>
        </message>
        <message>
            <source>Rundi</source>
            <translation>Kirundi</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Roemeens</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russisch</translation>
        </message>
        <message>
            <source>Kinyarwanda</source>
            <translation>Kinyarwanda</translation>
        </message>
        <message>
            <source>Sanskrit</source>
            <translation>Sanskriet</translation>
        </message>
        <message>
            <source>Sardinian</source>
            <translation>Sardijns</translation>
        </message>
        <message>
            <source>Sindhi</source>
            <translation>Sindhi</translation>
        </message>
        <message>
            <source>Northern Sami</source>
            <translation>Noord-Samisch</translation>
        </message>
        <message>
            <source>Sango</source>
            <translation>Sango</translation>
        </message>
        <message>
            <source>Sinhala</source>
            <translation>Singalees</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>Slowaaks</translation>
        </message>
        <message>
            <source>Slovenian</source>
            <translation>Sloveens</translation>
        </message>
        <message>
            <source>Samoan</source>
            <translation>Samoaans</translation>
        </message>
        <message>
            <source>Shona</source>
            <translation>Shona</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somalisch</translation>
        </message>
        <message>
            <source>Albanian</source>
            <translation>Albanees</translation>
        </message>
        <message>
            <source>Serbian</source>
            <translation>Servisch</translation>
        </message>
        <message>
            <source>Swati</source>
            <translation>Swazi</translation>
        </message>
        <message>
            <source>Southern Sotho</source>
            <translation>Zuid-Sotho</translation>
        </message>
        <message>
            <source>Sundanese</source>
            <translation>Soendanees</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Zweeds</translation>
        </message>
        <message>
            <source>Swahili</source>
            <translation>Swahili</translation>
        </message>
        <message>
            <source>Tamil</source>
            <translation>Tamil</translation>
        </message>
        <message>
            <source>Telugu</source>
            <translation>Telugu</translation>
        </message>
        <message>
            <source>Tajik</source>
            <translation>Tadzjieks</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>Thai</translation>
        </message>
        <message>
            <source>Tigrinya</source>
            <translation>Tigrinya</translation>
        </message>
        <message>
            <source>Turkmen</source>
            <translation>Turkmeens</translation>
        </message>
        <message>
            <source>Tswana</source>
            <translation>Tswana</translation>
        </message>
        <message>
            <source>Tongan</source>
            <translation>Tongaans</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turks</translation>
        </message>
        <message>
            <source>Tsonga</source>
            <translation>Tsonga</translation>
        </message>
        <message>
            <source>Tatar</source>
            <translation>Tataars</translation>
        </message>
        <message>
            <source>Tahitian</source>
            <translation>Tahitiaans</translation>
        </message>
        <message>
            <source>Uyghur</source>
            <translation>Oeigoers</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Oekraïens</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>Urdu</translation>
        </message>
        <message>
            <source>Uzbek</source>
            <translation>Oezbeeks</translation>
        </message>
        <message>
            <source>Venda</source>
            <translation>Venda</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Vietnamees</translation>
        </message>
        <message>
            <source>Volapük</source>
            <translation>Volapük</translation>
        </message>
        <message>
            <source>Walloon</source>
            <translation>Waals</translation>
        </message>
        <message>
            <source>Wolof</source>
            <translation>Wolof</translation>
        </message>
        <message>
            <source>Xhosa</source>
            <translation>Xhosa</translation>
        </message>
        <message>
            <source>Yiddish</source>
            <translation>Jiddisch</translation>
        </message>
        <message>
            <source>Yoruba</source>
            <translation>Yoruba</translation>
        </message>
        <message>
            <source>Zhuang</source>
            <translation>Zhuang</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinees</translation>
        </message>
        <message>
            <source>Zulu</source>
            <translation>Zoeloe</translation>
        </message>
    </context>
    <context>
        <name>mission</name>
        <message>
            <source>Planned {planned} · spent {actual} ({percent} %)</source>
            <translation>Gepland {planned} · uitgegeven {actual} ({percent}%)</translation>
        </message>
        <message>
            <source>Planned {planned} · spent {actual}</source>
            <translation>Gepland {planned} · uitgegeven {actual}</translation>
        </message>
        <message>
            <source>{usage}: over budget by {excess}</source>
            <translation>{usage}: begroting overschreden met {excess}</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Financieringsbron</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Werkelijk</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Munteenheid</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} u</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} u {minutes} min</translation>
        </message>
        <message>
            <source>{item}: in order</source>
            <translation>{item}: in orde</translation>
        </message>
        <message>
            <source>{item}: missing</source>
            <translation>{item}: ontbreekt</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Still missing</source>
            <translation>Ontbreekt nog</translation>
        </message>
        <message>
            <source>✓ in order</source>
            <translation>✓ in orde</translation>
        </message>
        <message>
            <source>✗ missing</source>
            <translation>✗ ontbreekt</translation>
        </message>
        <message>
            <source>{when} {place} ({offset})</source>
            <translation>{when} {place} ({offset})</translation>
        </message>
        <message>
            <source>= {time} in {town}</source>
            <translation>= {time} in {town}</translation>
        </message>
        <message>
            <source>= {when} in {town}</source>
            <translation>= {when} in {town}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Traject</translation>
        </message>
        <message>
            <source>{origin}
→ {destination}</source>
            <translation>{origin}
→ {destination}</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Vervoer</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Vertrek</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Aankomst</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
    </context>
    <context>
        <name>missions</name>
        <message>
            <source>{actual} / {planned}</source>
            <translation>{actual} / {planned}</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>lopend</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnerschap</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Bestemming</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Controles</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Vertrek</translation>
        </message>
        <message>
            <source>Budget used (EUR)</source>
            <translation>Begroting besteed (EUR)</translation>
        </message>
        <message>
            <source>Spent / planned, converted to euros</source>
            <translation>Uitgegeven / gepland, omgerekend naar euro</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missies</translation>
        </message>
        <message>
            <source>Show the missions of the partnership</source>
            <translation>De missies van het partnerschap tonen</translation>
        </message>
        <message>
            <source>Show the missions with the status</source>
            <translation>De missies met de status tonen</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <source>Show the missions of the year</source>
            <translation>De missies van het jaar tonen</translation>
        </message>
        <message>
            <source>&amp;New Mission…</source>
            <translation>&amp;Nieuwe missie…</translation>
        </message>
        <message>
            <source>New mission</source>
            <translation>Nieuwe missie</translation>
        </message>
        <message>
            <source>Plan a new mission (Ctrl+N)</source>
            <translation>Een nieuwe missie plannen (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partnerschap:</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>St&amp;atus:</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Jaar:</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Alle partnerschappen</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Alle jaren</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>Welcome to Jumelage</source>
            <extracomment>Test hook: with ``JUMELAGE_QUIT_AFTER_LOAD=1`` the app quits (exit code 0) as soon as the database is open and the Overview has its rows, or with exit code 2 when the database cannot be opened, instead of waiting for the user. Lets tests start the real program in a subprocess (tests/cli/test_app_start.py); nothing else reads it. Calendar files to preview for import once the database is open ("Open with"). Listens for calendar files another process hands over (jumelage.app.handoff). "day(s)", "box(es)", "entry(ies)": the word, a "y" the plural replaces, the plural ending.</extracomment>
            <translation>Welkom bij Jumelage</translation>
        </message>
        <message>
            <source>Jumelage created an empty database at {path}.

Load the demo partnerships (Anderlecht with Marsassoum, Zagora, a village near Nablus and Hammersmith &amp; Fulham) to look around?</source>
            <translation>Jumelage heeft een lege databank aangemaakt op {path}.

De demopartnerschappen laden (Anderlecht met Marsassoum, Zagora, een dorp bij Nablus en Hammersmith &amp; Fulham) om rond te kijken?</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Beschadigde databank</translation>
        </message>
        <message>
            <source>Restore the latest good backup ({backup})? The damaged file is kept beside it, not deleted.</source>
            <translation>De laatste goede back-up ({backup}) terugzetten? Het beschadigde bestand blijft ernaast bewaard en wordt niet verwijderd.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Kan de databank niet openen</translation>
        </message>
    </context>
    <context>
        <name>ImportNotes</name>
        <message>
            <source>{subject}: line {detail} is not valid UTF-8; the unreadable bytes were replaced.</source>
            <translation>{subject}: regel {detail} is geen geldige UTF-8; de onleesbare bytes werden vervangen.</translation>
        </message>
        <message>
            <source>{subject} is not UTF-8 (line {detail}); it was read as Windows-1252.</source>
            <translation>{subject} is geen UTF-8 (regel {detail}); het werd gelezen als Windows-1252.</translation>
        </message>
        <message>
            <source>{subject}: an END:{detail} without its BEGIN was ignored.</source>
            <translation>{subject}: een END:{detail} zonder bijbehorende BEGIN werd genegeerd.</translation>
        </message>
        <message>
            <source>{subject}: a {detail} was not closed; it was left out.</source>
            <translation>{subject}: een {detail}-blok werd niet afgesloten; het werd weggelaten.</translation>
        </message>
        <message>
            <source>{subject} ends before END:VCALENDAR (cut off?); the events complete before the end were read.</source>
            <translation>{subject} eindigt vóór END:VCALENDAR (afgebroken?); de gebeurtenissen die vóór het einde volledig waren, werden gelezen.</translation>
        </message>
        <message>
            <source>{subject}: {detail} line(s) had lost their fold and were joined back.</source>
            <translation>{subject}: bij {detail} regel(s) ontbrak het vervolgteken; ze werden weer samengevoegd.</translation>
        </message>
        <message>
            <source>{subject}: {detail} broken line(s) of properties Jumelage does not use were left out.</source>
            <translation>{subject}: {detail} beschadigde regel(s) met eigenschappen die Jumelage niet gebruikt, werden weggelaten.</translation>
        </message>
        <message>
            <source>{subject} holds {detail} calendars; their events were merged.</source>
            <translation>{subject} bevat {detail} agenda's; hun gebeurtenissen werden samengevoegd.</translation>
        </message>
        <message>
            <source>{subject}: X-WR-TIMEZONE '{detail}' is not a known zone; ignored.</source>
            <translation>{subject}: X-WR-TIMEZONE “{detail}” is geen bekende tijdzone; genegeerd.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' has no definition in the file; read as the IANA zone {detail}.</source>
            <translation>Tijdzone “{subject}” is niet gedefinieerd in het bestand; gelezen als de IANA-tijdzone {detail}.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' was read as the IANA zone {detail}.</source>
            <translation>Tijdzone “{subject}” werd gelezen als de IANA-tijdzone {detail}.</translation>
        </message>
        <message>
            <source>Windows time zone '{subject}' was read as {detail}.</source>
            <translation>Windows-tijdzone “{subject}” werd gelezen als {detail}.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' is defined in the file with other offsets than {detail}; the file's definition was used.</source>
            <translation>Tijdzone “{subject}” is in het bestand gedefinieerd met andere verschuivingen dan {detail}; de definitie uit het bestand werd gebruikt.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' is not a known zone; its times were read with the file's own definition.</source>
            <translation>Tijdzone “{subject}” is geen bekende tijdzone; de tijden werden gelezen met de eigen definitie uit het bestand.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' is unknown and not defined in the file; its times were read in {detail}, the partner town's zone.</source>
            <translation>Tijdzone “{subject}” is onbekend en niet gedefinieerd in het bestand; de tijden werden gelezen in {detail}, de tijdzone van de partnergemeente.</translation>
        </message>
        <message>
            <source>{subject} has times without a zone; they were read in {detail}, the partner town's zone.</source>
            <translation>{subject} bevat tijden zonder tijdzone; ze werden gelezen in {detail}, de tijdzone van de partnergemeente.</translation>
        </message>
        <message>
            <source>{subject} has times without a zone; they were read in {detail}, the calendar's zone (X-WR-TIMEZONE).</source>
            <translation>{subject} bevat tijden zonder tijdzone; ze werden gelezen in {detail}, de tijdzone van de agenda (X-WR-TIMEZONE).</translation>
        </message>
        <message>
            <source>{subject}: {detail} components were ignored (only events are imported).</source>
            <translation>{subject}: {detail}-onderdelen werden genegeerd (alleen gebeurtenissen worden geïmporteerd).</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) appeared twice; the later version was kept.</source>
            <translation>{subject}: {detail} gebeurtenis(sen) kwamen twee keer voor; de latere versie werd behouden.</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) without a start were left out.</source>
            <translation>{subject}: {detail} gebeurtenis(sen) zonder begin werden weggelaten.</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) without a UID were identified by their start and title.</source>
            <translation>{subject}: {detail} gebeurtenis(sen) zonder UID werden herkend aan hun begin en titel.</translation>
        </message>
        <message>
            <source>{subject}: {detail} title(s) were cut to 500 characters.</source>
            <translation>{subject}: {detail} titel(s) werden ingekort tot 500 tekens.</translation>
        </message>
        <message>
            <source>{subject}: {detail} location(s) were cut to 500 characters.</source>
            <translation>{subject}: {detail} plaats(en) werden ingekort tot 500 tekens.</translation>
        </message>
        <message>
            <source>{subject}: {detail} description(s) were cut to 10,000 characters.</source>
            <translation>{subject}: {detail} beschrijving(en) werden ingekort tot 10.000 tekens.</translation>
        </message>
        <message>
            <source>{subject}: {detail} change(s) meant for 'this and future' occurrences were applied to one occurrence only.</source>
            <translation>{subject}: {detail} wijziging(en) bedoeld voor “deze en volgende” herhalingen werden maar op één herhaling toegepast.</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) mixed a date and a date-time; read as all-day events.</source>
            <translation>{subject}: {detail} gebeurtenis(sen) combineerden een datum met een datum en tijd; gelezen als gebeurtenissen voor de hele dag.</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) ended before they started; the end was moved to the start.</source>
            <translation>{subject}: {detail} gebeurtenis(sen) eindigden voordat ze begonnen; het einde werd naar het begin verplaatst.</translation>
        </message>
        <message>
            <source>'{subject}' repeats with a rule Jumelage does not expand ({detail}); only its first occurrence was checked for clashes.</source>
            <translation>“{subject}” herhaalt zich volgens een regel die Jumelage niet uitwerkt ({detail}); alleen de eerste herhaling werd op overlappingen gecontroleerd.</translation>
        </message>
        <message>
            <source>'{subject}' repeats very often; only its first {detail} occurrences around today were checked for clashes.</source>
            <translation>“{subject}” herhaalt zich heel vaak; alleen de eerste {detail} herhalingen rond vandaag werden op overlappingen gecontroleerd.</translation>
        </message>
        <message>
            <source>'{subject}' has a repeat rule that cannot be read ({detail}); only its first occurrence was checked for clashes.</source>
            <translation>“{subject}” heeft een herhalingsregel die niet gelezen kan worden ({detail}); alleen de eerste herhaling werd op overlappingen gecontroleerd.</translation>
        </message>
        <message>
            <source>{subject} was taken to belong to the partnership {detail}.</source>
            <translation>{subject} werd toegewezen aan het partnerschap {detail}.</translation>
        </message>
        <message>
            <source>Only the first {detail} clashes are listed.</source>
            <translation>Alleen de eerste {detail} overlappingen worden getoond.</translation>
        </message>
        <message>
            <source>{subject}: the join link is not a web address and was left out of the partner file.</source>
            <translation>{subject}: de deelnamelink is geen webadres en werd weggelaten uit het bestand voor de partner.</translation>
        </message>
    </context>
</TS>