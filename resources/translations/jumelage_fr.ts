<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Jumelage</source>
            <translation>À propos de Jumelage</translation>
        </message>
        <message>
            <source>Jumelage plans field missions, logs video follow-ups and exchanges calendars between partner towns.</source>
            <translation>Jumelage planifie les missions de terrain, consigne les réunions de suivi par vidéoconférence et échange les calendriers entre communes partenaires.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Time zone database</source>
            <translation>Base de données des fuseaux horaires</translation>
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
            <translation>Base de données</translation>
        </message>
        <message>
            <source>not open</source>
            <translation>non ouverte</translation>
        </message>
    </context>
    <context>
        <name>ActionEditor</name>
        <message>
            <source>&amp;No due date</source>
            <extracomment>A follow-up of the history was chosen (its id); the main window opens it too.</extracomment>
            <translation>Sa&amp;ns échéance</translation>
        </message>
        <message>
            <source>S&amp;hared with the partner town</source>
            <translation>Parta&amp;gée avec la commune partenaire</translation>
        </message>
        <message>
            <source>Shared items appear in the calendar files sent to the partner town.</source>
            <translation>Les actions partagées figurent dans les fichiers de calendrier envoyés à la commune partenaire.</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partenariat :</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Responsable :</translation>
        </message>
        <message>
            <source>D&amp;ue date:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>Discussed in</source>
            <translation>Discutée lors de</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the follow-up.</source>
            <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la réunion de suivi.</translation>
        </message>
        <message>
            <source>Discussed &amp;in:</source>
            <translation>Discutée &amp;lors de :</translation>
        </message>
        <message>
            <source>Not discussed at any follow-up yet.</source>
            <translation>Pas encore discutée lors d'une réunion de suivi.</translation>
        </message>
        <message>
            <source>New action item[*]</source>
            <translation>Nouvelle action[*]</translation>
        </message>
        <message>
            <source>{item} – Action item[*]</source>
            <translation>{item} – Action[*]</translation>
        </message>
        <message>
            <source>New action item “{item}”</source>
            <translation>Nouvelle action « {item} »</translation>
        </message>
        <message>
            <source>Edit action item “{item}”</source>
            <translation>Modifier l'action « {item} »</translation>
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
            <translation>Sa&amp;ns échéance</translation>
        </message>
        <message>
            <source>S&amp;hared with the partner town</source>
            <translation>Parta&amp;gée avec la commune partenaire</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Responsable :</translation>
        </message>
        <message>
            <source>D&amp;ue date:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
    </context>
    <context>
        <name>ActionsPage</name>
        <message>
            <source>Mark “{item}” as {status}</source>
            <translation>Marquer « {item} » comme « {status} »</translation>
        </message>
        <message>
            <source>Delete “{item}”</source>
            <translation>Supprimer « {item} »</translation>
        </message>
        <message>
            <source>⚠ {date} (overdue)</source>
            <translation>⚠ {date} (en retard)</translation>
        </message>
        <message>
            <source>Partnership</source>
            <extracomment>Statuses sort in the order of the enum (open, in progress, done, dropped).</extracomment>
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>F2 or Enter changes the status</source>
            <translation>F2 ou Entrée pour changer le statut</translation>
        </message>
        <message>
            <source>Action items</source>
            <extracomment>The items shown, column by column.</extracomment>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>Ouvertes et en cours</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Any time</source>
            <translation>Toutes les échéances</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>&amp;Responsable :</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partenariat :</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>Marquer comme faite</translation>
        </message>
        <message>
            <source>Mark in progress</source>
            <translation>Marquer comme en cours</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Drop</source>
            <translation>Abandonner</translation>
        </message>
        <message>
            <source>Change status…</source>
            <translation>Changer le statut…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Action item tools</source>
            <translation>Outils pour les actions</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Tous les responsables</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Sans responsable</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Tous les partenariats</translation>
        </message>
    </context>
    <context>
        <name>ActionsTab</name>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Action items raised at this follow-up</source>
            <translation>Actions issues de cette réunion de suivi</translation>
        </message>
        <message>
            <source>A&amp;dd action item…</source>
            <translation>A&amp;jouter une action…</translation>
        </message>
        <message>
            <source>&amp;Edit action item…</source>
            <translation>&amp;Modifier l'action…</translation>
        </message>
        <message>
            <source>&amp;Remove action item</source>
            <translation>&amp;Supprimer l'action</translation>
        </message>
        <message>
            <source>New action item “{item}”</source>
            <translation>Nouvelle action « {item} »</translation>
        </message>
        <message>
            <source>New Action Item</source>
            <translation>Nouvelle action</translation>
        </message>
        <message>
            <source>Edit action item “{item}”</source>
            <translation>Modifier l'action « {item} »</translation>
        </message>
        <message>
            <source>Edit the Action Item</source>
            <translation>Modifier l'action</translation>
        </message>
    </context>
    <context>
        <name>AgendaItemDialog</name>
        <message>
            <source>Add to the Agenda</source>
            <translation>Ajouter au programme</translation>
        </message>
        <message>
            <source>Agenda Item</source>
            <translation>Activité du programme</translation>
        </message>
        <message>
            <source>Meeting with the municipal council</source>
            <translation>Rencontre avec le conseil communal</translation>
        </message>
        <message>
            <source>Start, local date and time</source>
            <translation>Début, date et heure locales</translation>
        </message>
        <message>
            <source>Time zone of the agenda item</source>
            <translation>Fuseau horaire de l'activité</translation>
        </message>
        <message>
            <source>Town hall</source>
            <translation>Maison communale</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Start (local time):</source>
            <translation>&amp;Début (heure locale) :</translation>
        </message>
        <message>
            <source>&amp;End (same clocks):</source>
            <translation>&amp;Fin (même fuseau horaire) :</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Des&amp;cription :</translation>
        </message>
    </context>
    <context>
        <name>AgendaTab</name>
        <message>
            <source>Agenda warnings</source>
            <translation>Avertissements du programme</translation>
        </message>
        <message>
            <source>Agenda, day by day</source>
            <translation>Programme, jour par jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>&amp;Add Activity…</source>
            <translation>&amp;Ajouter une activité…</translation>
        </message>
        <message>
            <source>Add an activity to the agenda</source>
            <translation>Ajouter une activité au programme</translation>
        </message>
        <message>
            <source>&amp;Edit Activity…</source>
            <translation>&amp;Modifier l'activité…</translation>
        </message>
        <message>
            <source>Edit the selected activity</source>
            <translation>Modifier l'activité sélectionnée</translation>
        </message>
        <message>
            <source>&amp;Remove Activity</source>
            <translation>&amp;Supprimer l'activité</translation>
        </message>
        <message>
            <source>Remove the selected activity</source>
            <translation>Supprimer l'activité sélectionnée</translation>
        </message>
        <message>
            <source>Times are on the clocks of {town}, then of {other}.</source>
            <translation>Les heures sont indiquées à l'heure de {town}, puis à celle de {other}.</translation>
        </message>
        <message>
            <source>{start}–{end} {town} · {other_start}–{other_end} {other}</source>
            <translation>{start}–{end} {town} · {other_start}–{other_end} {other}</translation>
        </message>
        <message>
            <source>Nothing planned yet: add the first activity.</source>
            <translation>Rien n'est encore prévu : ajoutez la première activité.</translation>
        </message>
        <message>
            <source>Day {number} · {date}</source>
            <translation>Jour {number} · {date}</translation>
        </message>
        <message>
            <source>Outside the mission · {date}</source>
            <translation>Hors mission · {date}</translation>
        </message>
        <message>
            <source>“{title}” falls outside the mission dates ({dates}).</source>
            <translation>« {title} » tombe en dehors des dates de la mission ({dates}).</translation>
        </message>
        <message>
            <source>“{title}” overlaps “{other}”.</source>
            <translation>« {title} » chevauche « {other} ».</translation>
        </message>
        <message>
            <source>{subject}: {detail}</source>
            <translation>{subject} : {detail}</translation>
        </message>
        <message>
            <source>Add “{title}” to the agenda</source>
            <translation>Ajouter « {title} » au programme</translation>
        </message>
        <message>
            <source>Edit “{title}” in the agenda</source>
            <translation>Modifier « {title} » dans le programme</translation>
        </message>
        <message>
            <source>Remove “{title}” from the agenda</source>
            <translation>Retirer « {title} » du programme</translation>
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
            <translation>Quand</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>{day} (today)</source>
            <translation>{day} (aujourd'hui)</translation>
        </message>
        <message>
            <source>{day} — {holidays}</source>
            <translation>{day} — {holidays}</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>Échéance : {title}</translation>
        </message>
        <message>
            <source>⚠ {title}</source>
            <translation>⚠ {title}</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>lecture seule</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>Connection trouble</source>
            <translation>Problème de connexion</translation>
        </message>
        <message>
            <source>Each change is saved at once (Ctrl+Z undoes it). F2 or Enter changes the attendance; Space ticks connection trouble.</source>
            <translation>Chaque modification est enregistrée immédiatement (Ctrl+Z l'annule). F2 ou Entrée modifie la présence ; la barre d'espace coche le problème de connexion.</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non renseignée</translation>
        </message>
        <message>
            <source>Connection trouble: {name}</source>
            <translation>Problème de connexion : {name}</translation>
        </message>
        <message>
            <source>{name}: {status}</source>
            <translation>{name} : {status}</translation>
        </message>
        <message>
            <source>{name}: connection trouble</source>
            <translation>{name} : problème de connexion</translation>
        </message>
        <message>
            <source>{name}: no connection trouble</source>
            <translation>{name} : pas de problème de connexion</translation>
        </message>
    </context>
    <context>
        <name>BothTownsLabel</name>
        <message>
            <source>Time in both towns</source>
            <translation>Heure dans les deux communes</translation>
        </message>
    </context>
    <context>
        <name>BudgetLineDialog</name>
        <message>
            <source>Add a Budget Line</source>
            <translation>Ajouter une ligne budgétaire</translation>
        </message>
        <message>
            <source>Budget Line</source>
            <translation>Ligne budgétaire</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <source>&amp;Funding source:</source>
            <translation>&amp;Source de financement :</translation>
        </message>
        <message>
            <source>&amp;Planned amount:</source>
            <translation>Montant &amp;prévu :</translation>
        </message>
        <message>
            <source>&amp;Actual amount:</source>
            <translation>Montant &amp;réel :</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>De&amp;vise :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
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
            <translation>Lignes budgétaires</translation>
        </message>
        <message>
            <source>&amp;Add Line…</source>
            <translation>&amp;Ajouter une ligne…</translation>
        </message>
        <message>
            <source>Add a budget line</source>
            <translation>Ajouter une ligne budgétaire</translation>
        </message>
        <message>
            <source>&amp;Edit Line…</source>
            <translation>&amp;Modifier la ligne…</translation>
        </message>
        <message>
            <source>Edit the selected budget line</source>
            <translation>Modifier la ligne budgétaire sélectionnée</translation>
        </message>
        <message>
            <source>&amp;Remove Line</source>
            <translation>&amp;Supprimer la ligne</translation>
        </message>
        <message>
            <source>Remove the selected budget line</source>
            <translation>Supprimer la ligne budgétaire sélectionnée</translation>
        </message>
        <message>
            <source>Planned and spent per funding source, in euros</source>
            <translation>Prévu et dépensé par source de financement, en euros</translation>
        </message>
        <message>
            <source>Total in euros: —</source>
            <translation>Total en euros : —</translation>
        </message>
        <message>
            <source>Total in euros: planned {planned}, spent {actual}.</source>
            <translation>Total en euros : prévu {planned}, dépensé {actual}.</translation>
        </message>
        <message>
            <source>⚠ No exchange rate for {currencies}: those lines are left out of the totals.</source>
            <translation>⚠ Pas de taux de change pour {currencies} : ces lignes ne sont pas comprises dans les totaux.</translation>
        </message>
        <message>
            <source>No funding source</source>
            <translation>Sans source de financement</translation>
        </message>
        <message>
            <source>Add a budget line ({category})</source>
            <translation>Ajouter une ligne budgétaire ({category})</translation>
        </message>
        <message>
            <source>Edit a budget line ({category})</source>
            <translation>Modifier une ligne budgétaire ({category})</translation>
        </message>
        <message>
            <source>Remove a budget line ({category})</source>
            <translation>Supprimer une ligne budgétaire ({category})</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Calendar</source>
            <extracomment>An editor for (kind, id): "mission", "followup" or "action". The views show a new load.</extracomment>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>&amp;Today</source>
            <translation>Au&amp;jourd'hui</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>&amp;Month</source>
            <translation>&amp;Mois</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>S&amp;emaine</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>A&amp;genda</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>With all partnerships, the first one's partner town gives the second clock</source>
            <translation>Avec « Tous les partenariats », la deuxième horloge est celle de la commune partenaire du premier partenariat</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Tous les partenariats</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>Pa&amp;rtenariat :</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <source>Kinds of entries shown</source>
            <translation>Types d'éléments affichés</translation>
        </message>
        <message>
            <source>{action} ({key})</source>
            <translation>{action} ({key})</translation>
        </message>
        <message>
            <source>Week {number}: {dates}</source>
            <translation>Semaine {number} : {dates}</translation>
        </message>
        <message>
            <source>Move “{title}”</source>
            <translation>Déplacer « {title} »</translation>
        </message>
    </context>
    <context>
        <name>ColourButton</name>
        <message>
            <source>Choose the partnership's colour</source>
            <translation>Choisir la couleur du partenariat</translation>
        </message>
        <message>
            <source>Partnership colour</source>
            <translation>Couleur du partenariat</translation>
        </message>
        <message>
            <source>Colour {hex}</source>
            <translation>Couleur {hex}</translation>
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
            <translation>Date du jour de congé</translation>
        </message>
        <message>
            <source>Name, e.g. Iris Day</source>
            <translation>Nom, p. ex. Fête de l'Iris</translation>
        </message>
        <message>
            <source>Name of the day off</source>
            <translation>Nom du jour de congé</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Add this day off to the list (a date already listed gets the new name)</source>
            <translation>Ajouter ce jour de congé à la liste (une date déjà présente reçoit le nouveau nom)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Days off</source>
            <translation>Jours de congé</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Remove the selected day off (Delete)</source>
            <translation>Retirer le jour de congé sélectionné (Suppr)</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Décision :</translation>
        </message>
    </context>
    <context>
        <name>DelegationTab</name>
        <message>
            <source>Delegation</source>
            <translation>Délégation</translation>
        </message>
        <message>
            <source>&amp;Add Member…</source>
            <translation>&amp;Ajouter un membre…</translation>
        </message>
        <message>
            <source>Add a member to the delegation</source>
            <translation>Ajouter un membre à la délégation</translation>
        </message>
        <message>
            <source>&amp;Edit Role…</source>
            <translation>&amp;Modifier le rôle…</translation>
        </message>
        <message>
            <source>Change the member's role</source>
            <translation>Modifier le rôle du membre</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Remove the member from the delegation</source>
            <translation>Retirer le membre de la délégation</translation>
        </message>
        <message>
            <source>Space ticks or clears the checklist entry under the cursor; Enter edits.</source>
            <translation>La barre d'espace coche ou décoche l'élément de la liste de contrôle sous le curseur ; Entrée permet de modifier.</translation>
        </message>
        <message>
            <source>No one is in the delegation yet.</source>
            <translation>La délégation ne compte encore aucun membre.</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n checklist item(s) missing</source>
            <translation>
                <numerusform>⚠ Liste de contrôle : %n élément à fournir</numerusform>
                <numerusform>⚠ Liste de contrôle : %n éléments à fournir</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ Every checklist is complete.</source>
            <translation>✓ Toutes les listes de contrôle sont complètes.</translation>
        </message>
        <message>
            <source>Add {person} to the delegation</source>
            <translation>Ajouter {person} à la délégation</translation>
        </message>
        <message>
            <source>Tick {item} for {person}</source>
            <translation>Cocher « {item} » pour {person}</translation>
        </message>
        <message>
            <source>Clear {item} for {person}</source>
            <translation>Décocher « {item} » pour {person}</translation>
        </message>
        <message>
            <source>Change the role of {person}</source>
            <translation>Modifier le rôle de {person}</translation>
        </message>
        <message>
            <source>Remove {person} from the delegation</source>
            <translation>Retirer {person} de la délégation</translation>
        </message>
    </context>
    <context>
        <name>DirectoryEditor</name>
        <message>
            <source>&amp;Delete</source>
            <extracomment>Entities whose changes make a clean editor reload its record.</extracomment>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete this record (Undo brings it back)</source>
            <translation>Supprimer cette fiche (Annuler la rétablit)</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Partnerships</source>
            <translation>Partenariats</translation>
        </message>
        <message>
            <source>Towns</source>
            <translation>Communes</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>New &amp;Partnership…</source>
            <translation>Nouveau &amp;partenariat…</translation>
        </message>
        <message>
            <source>New &amp;Town…</source>
            <translation>Nouvelle &amp;commune…</translation>
        </message>
        <message>
            <source>New P&amp;erson…</source>
            <translation>Nouvelle p&amp;ersonne…</translation>
        </message>
        <message>
            <source>Show e&amp;rased people</source>
            <translation>Affic&amp;her les personnes effacées</translation>
        </message>
        <message>
            <source>People whose personal data was erased appear as “(erased)”</source>
            <translation>Les personnes dont les données personnelles ont été effacées apparaissent sous la mention « (erased) »</translation>
        </message>
        <message>
            <source>Partnerships, towns and people</source>
            <translation>Partenariats, communes et personnes</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save the changes to “{title}” before closing?</source>
            <translation>Enregistrer les modifications de « {title} » avant de fermer ?</translation>
        </message>
    </context>
    <context>
        <name>ExchangeTexts</name>
        <message>
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>place</source>
            <translation>lieu</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>start</source>
            <translation>début</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>time zone</source>
            <translation>fuseau horaire</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>repetition</source>
            <translation>récurrence</translation>
        </message>
        <message>
            <source>“{theirs}” ({when}, {town} time) overlaps our mission “{ours}” ({span}).</source>
            <translation>« {theirs} » ({when}, heure de {town}) chevauche notre mission « {ours} » ({span}).</translation>
        </message>
        <message>
            <source>“{theirs}” ({when}, {town} time) overlaps our follow-up “{ours}” ({span}).</source>
            <translation>« {theirs} » ({when}, heure de {town}) chevauche notre réunion de suivi « {ours} » ({span}).</translation>
        </message>
        <message>
            <source>“{title}” was changed both here and by the partner ({fields}).</source>
            <translation>« {title} » a été modifié à la fois ici et par le partenaire ({fields}).</translation>
        </message>
        <message>
            <source>“{title}” was changed by the partner only ({fields}).</source>
            <translation>« {title} » a été modifié uniquement par le partenaire ({fields}).</translation>
        </message>
        <message>
            <source>Theirs: “{title}”, {when}</source>
            <translation>Leur version : « {title} », {when}</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmé</translation>
        </message>
        <message>
            <source>tentative</source>
            <translation>provisoire</translation>
        </message>
        <message>
            <source>CANCELLED</source>
            <translation>ANNULÉ</translation>
        </message>
        <message>
            <source>Title: {text}</source>
            <translation>Titre : {text}</translation>
        </message>
        <message>
            <source>Status: {text}</source>
            <translation>Statut : {text}</translation>
        </message>
        <message>
            <source>Starts: {text}</source>
            <translation>Début : {text}</translation>
        </message>
        <message>
            <source>Ends: {text}</source>
            <translation>Fin : {text}</translation>
        </message>
        <message>
            <source>Repeats: {text}</source>
            <translation>Récurrence : {text}</translation>
        </message>
        <message>
            <source>Except: {text}</source>
            <translation>Sauf : {text}</translation>
        </message>
        <message>
            <source>Replaces the occurrence of {text}</source>
            <translation>Remplace l'occurrence du {text}</translation>
        </message>
        <message>
            <source>Place: {text}</source>
            <translation>Lieu : {text}</translation>
        </message>
        <message>
            <source>Join link: {text}</source>
            <translation>Lien de connexion : {text}</translation>
        </message>
        <message>
            <source>Description:</source>
            <translation>Description :</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a Calendar File</source>
            <translation>Exporter un fichier de calendrier</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Tous les partenariats</translation>
        </message>
        <message>
            <source>For the partner town (shared items only)</source>
            <translation>Pour la commune partenaire (éléments partagés uniquement)</translation>
        </message>
        <message>
            <source>For our team (everything)</source>
            <translation>Pour notre équipe (tout)</translation>
        </message>
        <message>
            <source>Only &amp;between these dates</source>
            <translation>Seulement &amp;entre ces dates</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partenariat :</translation>
        </message>
        <message>
            <source>P&amp;rofile:</source>
            <translation>P&amp;rofil :</translation>
        </message>
        <message>
            <source>Events in the file</source>
            <translation>Événements du fichier</translation>
        </message>
        <message>
            <source>What the selected event carries</source>
            <translation>Ce que contient l'événement sélectionné</translation>
        </message>
        <message>
            <source>The file's exact contents</source>
            <translation>Le contenu exact du fichier</translation>
        </message>
        <message>
            <source>&amp;Events</source>
            <translation>&amp;Événements</translation>
        </message>
        <message>
            <source>File &amp;contents</source>
            <translation>&amp;Contenu du fichier</translation>
        </message>
        <message>
            <source>{when} — {title} ({category})</source>
            <translation>{when} — {title} ({category})</translation>
        </message>
        <message>
            <source>one occurrence changed</source>
            <translation>une occurrence modifiée</translation>
        </message>
        <message>
            <source>CANCELLED: {line}</source>
            <translation>ANNULÉ : {line}</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) will leave this computer in “{name}”.</source>
            <translation>
                <numerusform>%n événement quittera cet ordinateur dans « {name} ».</numerusform>
                <numerusform>%n événements quitteront cet ordinateur dans « {name} ».</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the Calendar File</source>
            <translation>Enregistrer le fichier de calendrier</translation>
        </message>
        <message>
            <source>Calendars (*.ics)</source>
            <translation>Calendriers (*.ics)</translation>
        </message>
    </context>
    <context>
        <name>FindTimeDialog</name>
        <message>
            <source>Find a Time</source>
            <extracomment>The default range: today and the four weeks after it. The longest range one search may cover (as ``jumelage slots``). Emitted with the :class:`FollowUpRow` planned at a slot (the dialog then closes). Emitted when a search's answer is shown (or its error).</extracomment>
            <translation>Trouver un créneau</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>A meeting of {minutes} minutes</source>
            <translation>Une réunion de {minutes} minutes</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;au</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partenariat :</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>&amp;Durée :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>D&amp;u :</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <source>Searching</source>
            <translation>Recherche en cours</translation>
        </message>
        <message>
            <source>#</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time in both towns</source>
            <translation>Heure dans les deux communes</translation>
        </message>
        <message>
            <source>How comfortable</source>
            <translation>Confort</translation>
        </message>
        <message>
            <source>Slots</source>
            <translation>Créneaux</translation>
        </message>
        <message>
            <source>S&amp;lots, the most comfortable first:</source>
            <translation>Cré&amp;neaux, les plus confortables d'abord :</translation>
        </message>
        <message>
            <source>Days without a slot</source>
            <translation>Jours sans créneau</translation>
        </message>
        <message>
            <source>Days &amp;without a slot:</source>
            <translation>&amp;Jours sans créneau :</translation>
        </message>
        <message>
            <source>&amp;Create Follow-up</source>
            <translation>&amp;Créer la réunion de suivi</translation>
        </message>
        <message>
            <source>Plan a follow-up of the partnership at the chosen slot (Enter)</source>
            <translation>Planifier une réunion de suivi du partenariat au créneau choisi (Entrée)</translation>
        </message>
        <message>
            <source>Create a partnership first.</source>
            <translation>Créez d'abord un partenariat.</translation>
        </message>
        <message>
            <source>The last day is before the first day.</source>
            <translation>Le dernier jour précède le premier jour.</translation>
        </message>
        <message>
            <source>Search at most a year at a time.</source>
            <translation>Limitez la recherche à une année à la fois.</translation>
        </message>
        <message>
            <source>Days as counted in {town}.</source>
            <translation>Jours selon l'heure locale à {town}.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Recherche en cours…</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Réunion de suivi</translation>
        </message>
        <message>
            <source>Plan a follow-up of {name} on {when}</source>
            <translation>Planifier une réunion de suivi de {name} le {when}</translation>
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
            <translation>Confortable</translation>
        </message>
        <message>
            <source>Tight</source>
            <translation>Serré</translation>
        </message>
        <message>
            <source>At the edge of a working day</source>
            <translation>En bordure de journée de travail</translation>
        </message>
        <message>
            <source>mission “{title}”</source>
            <translation>mission « {title} »</translation>
        </message>
        <message>
            <source>follow-up “{title}”</source>
            <translation>réunion de suivi « {title} »</translation>
        </message>
        <message>
            <source>an untitled partner event</source>
            <translation>un événement du partenaire sans titre</translation>
        </message>
        <message>
            <source>partner event “{title}”</source>
            <translation>événement du partenaire « {title} »</translation>
        </message>
        <message>
            <source>weekend in {town} ({weekday})</source>
            <translation>week-end à {town} ({weekday})</translation>
        </message>
        <message>
            <source>holiday “{name}” in {town}</source>
            <translation>jour férié « {name} » à {town}</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the things a day is busy with</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>busy: {what}</source>
            <translation>occupé : {what}</translation>
        </message>
        <message>
            <source>no overlap of working hours</source>
            <translation>aucune heure de travail commune</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the reasons of one day</comment>
            <translation> ; </translation>
        </message>
        <message>
            <source>{date}: {reasons}</source>
            <translation>{date} : {reasons}</translation>
        </message>
        <message>
            <source>{town}: the holiday calendar does not know the region {subdivision} of {country}, so the public holidays of {country} as a whole are used.</source>
            <translation>{town} : le calendrier des jours fériés ne connaît pas la région {subdivision} de {country} ; les jours fériés de l’ensemble de {country} sont utilisés.</translation>
        </message>
        <message>
            <source>{town}: no public holidays are known for the country {country}; only the town's own days off are left out.</source>
            <translation>{town} : aucun jour férié n’est connu pour le pays {country} ; seuls les jours de congé propres à la commune sont exclus.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpAgenda</name>
        <message>
            <source>Open action items</source>
            <translation>Actions ouvertes</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Prochaines étapes</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>échéance {date}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Réunion</translation>
        </message>
        <message>
            <source>&amp;Agenda and minutes</source>
            <translation>&amp;Ordre du jour et procès-verbal</translation>
        </message>
        <message>
            <source>Atte&amp;ndance</source>
            <translation>Prése&amp;nces</translation>
        </message>
        <message>
            <source>Action &amp;items</source>
            <translation>&amp;Actions</translation>
        </message>
        <message>
            <source>Series and dri&amp;ft</source>
            <translation>Série et décalage &amp;horaire</translation>
        </message>
        <message>
            <source>Call &amp;off…</source>
            <translation>Déco&amp;mmander…</translation>
        </message>
        <message>
            <source>Call off this occurrence, the following ones or the whole series</source>
            <translation>Décommander cette occurrence, les suivantes ou toute la série</translation>
        </message>
        <message>
            <source>Follow-up {name}</source>
            <translation>Suivi {name}</translation>
        </message>
        <message>
            <source>Save the follow-up first.</source>
            <translation>Enregistrez d'abord la réunion de suivi.</translation>
        </message>
        <message>
            <source>New follow-up[*]</source>
            <translation>Nouvelle réunion de suivi[*]</translation>
        </message>
        <message>
            <source>{title} – {date} – Follow-up[*]</source>
            <translation>{title} – {date} – Réunion de suivi[*]</translation>
        </message>
        <message>
            <source>New follow-up “{title}”</source>
            <translation>Nouvelle réunion de suivi « {title} »</translation>
        </message>
        <message>
            <source>Edit follow-up “{title}”</source>
            <translation>Modifier la réunion de suivi « {title} »</translation>
        </message>
    </context>
    <context>
        <name>FollowUpSeries</name>
        <message>
            <source>Call off a recurring follow-up</source>
            <translation>Décommander une réunion de suivi récurrente</translation>
        </message>
        <message>
            <source>Call off only this occurrence, or more of the series?</source>
            <translation>Décommander cette occurrence seulement, ou d'autres occurrences de la série ?</translation>
        </message>
        <message>
            <source>Edit a recurring follow-up</source>
            <translation>Modifier une réunion de suivi récurrente</translation>
        </message>
        <message>
            <source>Apply the changes to this occurrence only, or to more of the series?</source>
            <translation>Appliquer les modifications à cette occurrence seulement, ou à d'autres occurrences de la série ?</translation>
        </message>
        <message>
            <source>Occurrences that hold minutes, decisions or attendance stay as they are. Undo brings everything back.</source>
            <translation>Les occurrences qui comportent un procès-verbal, des décisions ou des présences restent inchangées. La commande Annuler (Ctrl+Z) rétablit tout.</translation>
        </message>
        <message>
            <source>&amp;This occurrence</source>
            <translation>&amp;Cette occurrence</translation>
        </message>
        <message>
            <source>This and the &amp;following</source>
            <translation>Celle-ci et les &amp;suivantes</translation>
        </message>
        <message>
            <source>&amp;All occurrences</source>
            <translation>&amp;Toutes les occurrences</translation>
        </message>
        <message>
            <source>Edit “{title}” and the following occurrences</source>
            <translation>Modifier « {title} » et les occurrences suivantes</translation>
        </message>
        <message>
            <source>Edit every occurrence of “{title}”</source>
            <translation>Modifier toutes les occurrences de « {title} »</translation>
        </message>
        <message>
            <source>Call off “{title}” on {date}</source>
            <translation>Décommander « {title} » le {date}</translation>
        </message>
        <message>
            <source>Call off “{title}” from {date} on</source>
            <translation>Décommander « {title} » à partir du {date}</translation>
        </message>
        <message>
            <source>Call off every occurrence of “{title}”</source>
            <translation>Décommander toutes les occurrences de « {title} »</translation>
        </message>
        <message>
            <source>Occurrences with minutes, decisions or attendance kept as they were: {n}.</source>
            <translation>Occurrences avec procès-verbal, décisions ou présences laissées inchangées : {n}.</translation>
        </message>
        <message>
            <source>Occurrences with minutes, decisions or attendance that the new rule has no date for became single follow-ups: {n}.</source>
            <translation>Occurrences avec procès-verbal, décisions ou présences sans date dans la nouvelle règle, devenues des réunions de suivi isolées : {n}.</translation>
        </message>
        <message>
            <source>Monthly, on the first {day}</source>
            <extracomment>"Monthly, on the first Tuesday" for BYDAY=1TU ... -1TU (the rules New Series offers).</extracomment>
            <translation>Tous les mois, le premier {day}</translation>
        </message>
        <message>
            <source>Monthly, on the second {day}</source>
            <translation>Tous les mois, le deuxième {day}</translation>
        </message>
        <message>
            <source>Monthly, on the third {day}</source>
            <translation>Tous les mois, le troisième {day}</translation>
        </message>
        <message>
            <source>Monthly, on the fourth {day}</source>
            <translation>Tous les mois, le quatrième {day}</translation>
        </message>
        <message>
            <source>Monthly, on the last {day}</source>
            <translation>Tous les mois, le dernier {day}</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Tous les jours</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Toutes les semaines</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Toutes les deux semaines</translation>
        </message>
        <message>
            <source>Monthly, on day {day}</source>
            <translation>Tous les mois, le {day}</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Tous les mois</translation>
        </message>
        <message>
            <source>, {count} times</source>
            <translation>, {count} fois</translation>
        </message>
        <message>
            <source>, until {date}</source>
            <translation>, jusqu'au {date}</translation>
        </message>
        <message>
            <source>The time in {town} changes ({anchor} keeps its time):</source>
            <translation>L'heure à {town} change ({anchor} garde la même heure) :</translation>
        </message>
        <message>
            <source>• from {date}: {time} in {town} (before: {previous})</source>
            <translation>• à partir du {date} : {time} à {town} (avant : {previous})</translation>
        </message>
        <message>
            <source>{town} changes its clocks on {date}</source>
            <translation>{town} change d'heure le {date}</translation>
        </message>
        <message>
            <source>Awkward for {town}:</source>
            <translation>Peu commode pour {town} :</translation>
        </message>
        <message>
            <source>before working hours</source>
            <translation>avant les heures de travail</translation>
        </message>
        <message>
            <source>after working hours</source>
            <translation>après les heures de travail</translation>
        </message>
        <message>
            <source>weekend</source>
            <translation>week-end</translation>
        </message>
        <message>
            <source>holiday: {name}</source>
            <translation>jour férié : {name}</translation>
        </message>
        <message>
            <source>• {date}, {start}–{end} in {town}: {reasons}</source>
            <translation>• {date}, {start}–{end} à {town} : {reasons}</translation>
        </message>
        <message>
            <source>{town} sees every coming occurrence at the same time, within its working hours, on working days.</source>
            <translation>{town} voit toutes les prochaines occurrences à la même heure, pendant ses heures de travail, les jours ouvrables.</translation>
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
            <translation>Planifier la prochaine réunion de suivi de {name}</translation>
        </message>
        <message>
            <source>Partnership</source>
            <extracomment>The partnership id of the filter (or of the selected follow-up), or ``None``. "New Series…": the partnership id of the filter (or of the selected follow-up), or ``None``.</extracomment>
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time in both towns</source>
            <translation>Heure dans les deux communes</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Call quality</source>
            <translation>Qualité de l'appel</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>Actions ouvertes</translation>
        </message>
        <message>
            <source>Action items raised at this follow-up that are still open</source>
            <translation>Actions issues de cette réunion de suivi qui sont encore ouvertes</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Réunions de suivi</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Tous les partenariats</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>All follow-ups</source>
            <translation>Toutes les réunions de suivi</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>Passées</translation>
        </message>
        <message>
            <source>&amp;New Follow-up…</source>
            <translation>&amp;Nouvelle réunion de suivi…</translation>
        </message>
        <message>
            <source>Plan the next follow-up of the chosen partnership, its agenda filled with the open action items</source>
            <translation>Planifier la prochaine réunion de suivi du partenariat choisi, avec un ordre du jour reprenant les actions ouvertes</translation>
        </message>
        <message>
            <source>Find a &amp;Time…</source>
            <translation>Trouver un &amp;créneau…</translation>
        </message>
        <message>
            <source>Find when both towns can meet, and plan a follow-up then (Ctrl+Shift+F)</source>
            <translation>Trouver un moment où les deux communes peuvent se réunir, et y planifier une réunion de suivi (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>New Se&amp;ries…</source>
            <translation>Nouvelle &amp;série…</translation>
        </message>
        <message>
            <source>Plan a recurring follow-up, with the drift warnings before creating it</source>
            <translation>Planifier une réunion de suivi récurrente, avec les avertissements de décalage horaire avant sa création</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partenariat :</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Afficher :</translation>
        </message>
        <message>
            <source>Choose a partnership or a follow-up first.</source>
            <translation>Choisissez d'abord un partenariat ou une réunion de suivi.</translation>
        </message>
    </context>
    <context>
        <name>Header</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>Weekend: {towns}</source>
            <translation>Week-end : {towns}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import “{name}”</source>
            <translation>Importer « {name} »</translation>
        </message>
        <message>
            <source>Find it from the file</source>
            <translation>D'après le fichier</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partenariat :</translation>
        </message>
        <message>
            <source>What the import would change</source>
            <translation>Ce que l'importation changerait</translation>
        </message>
        <message>
            <source>Our items the partner changed</source>
            <translation>Nos éléments modifiés par le partenaire</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Appliquer</translation>
        </message>
        <message>
            <source>(changed: {fields})</source>
            <translation>(modifié : {fields})</translation>
        </message>
        <message>
            <source>New: {when} — {title}</source>
            <translation>Nouveau : {when} — {title}</translation>
        </message>
        <message>
            <source>Changed: {when} — {title}</source>
            <translation>Modifié : {when} — {title}</translation>
        </message>
        <message>
            <source>Cancelled by the partner (marked cancelled here): {when} — {title}</source>
            <translation>Annulé par le partenaire (marqué comme annulé ici) : {when} — {title}</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) unchanged: nothing to do.</source>
            <translation>
                <numerusform>%n événement inchangé : rien à faire.</numerusform>
                <numerusform>%n événements inchangés : rien à faire.</numerusform>
            </translation>
        </message>
        <message>
            <source>Older than ours (ignored): {when} — {title}</source>
            <translation>Plus ancien que le nôtre (ignoré) : {when} — {title}</translation>
        </message>
        <message>
            <source>No longer in the partner's file (kept here as it is): {when} — {title}</source>
            <translation>N'est plus dans le fichier du partenaire (conservé ici tel quel) : {when} — {title}</translation>
        </message>
        <message numerus="yes">
            <source>%n of our own item(s) came back unchanged (not stored twice).</source>
            <translation>
                <numerusform>%n de nos éléments est revenu inchangé (pas enregistré deux fois).</numerusform>
                <numerusform>%n de nos éléments sont revenus inchangés (pas enregistrés deux fois).</numerusform>
            </translation>
        </message>
        <message>
            <source>Ours: “{title}” — the partner has an older copy (ours kept).</source>
            <translation>À nous : « {title} » — le partenaire en a une copie plus ancienne (la nôtre est conservée).</translation>
        </message>
        <message>
            <source>Ours: “{title}” is no longer shared (their copy ignored).</source>
            <translation>À nous : « {title} » n'est plus partagé (leur copie est ignorée).</translation>
        </message>
        <message>
            <source>Conflict: {text}</source>
            <translation>Conflit : {text}</translation>
        </message>
        <message>
            <source>Changed by the partner: {text}</source>
            <translation>Modifié par le partenaire : {text}</translation>
        </message>
        <message>
            <source>Clash: {text}</source>
            <translation>Chevauchement : {text}</translation>
        </message>
        <message>
            <source>Note: {text}</source>
            <translation>Remarque : {text}</translation>
        </message>
        <message>
            <source>Into “{calendar}” ({partnership}): {new} new, {changed} changed, {cancelled} cancelled, {unchanged} unchanged, {older} older than ours, {missing} no longer in the file, {ours} of ours, {conflicts} conflicts, {clashes} clashes.</source>
            <translation>Dans « {calendar} » ({partnership}) : {new} nouveaux, {changed} modifiés, {cancelled} annulés, {unchanged} inchangés, {older} plus anciens que les nôtres, {missing} absents du fichier, {ours} à nous, {conflicts} conflits, {clashes} chevauchements.</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>Garder la nôtre</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Prendre la leur</translation>
        </message>
        <message>
            <source>A series is kept as ours; change it in its editor.</source>
            <translation>Une série reste telle que chez nous ; modifiez-la dans son éditeur.</translation>
        </message>
        <message>
            <source>Keep ours or take theirs: {title}</source>
            <translation>Garder la nôtre ou prendre la leur : {title}</translation>
        </message>
    </context>
    <context>
        <name>ItemCount</name>
        <message numerus="yes">
            <source>%n item(s)</source>
            <extracomment>Rows measured to fit the columns (Qt's own default precision).</extracomment>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ItineraryTab</name>
        <message>
            <source>Travel legs</source>
            <translation>Trajets</translation>
        </message>
        <message>
            <source>&amp;Add Leg…</source>
            <translation>&amp;Ajouter un trajet…</translation>
        </message>
        <message>
            <source>Add a travel leg</source>
            <translation>Ajouter un trajet</translation>
        </message>
        <message>
            <source>&amp;Edit Leg…</source>
            <translation>&amp;Modifier le trajet…</translation>
        </message>
        <message>
            <source>Edit the selected travel leg</source>
            <translation>Modifier le trajet sélectionné</translation>
        </message>
        <message>
            <source>&amp;Remove Leg</source>
            <translation>&amp;Supprimer le trajet</translation>
        </message>
        <message>
            <source>Remove the selected travel leg</source>
            <translation>Supprimer le trajet sélectionné</translation>
        </message>
        <message>
            <source>No travel yet: add the first leg of the journey.</source>
            <translation>Aucun déplacement pour l'instant : ajoutez le premier trajet du voyage.</translation>
        </message>
        <message>
            <source>Add the leg {origin} → {destination}</source>
            <translation>Ajouter le trajet {origin} → {destination}</translation>
        </message>
        <message>
            <source>Edit the leg {origin} → {destination}</source>
            <translation>Modifier le trajet {origin} → {destination}</translation>
        </message>
        <message>
            <source>Remove the leg {origin} → {destination}</source>
            <translation>Supprimer le trajet {origin} → {destination}</translation>
        </message>
    </context>
    <context>
        <name>LegDialog</name>
        <message>
            <source>Add a Travel Leg</source>
            <translation>Ajouter un trajet</translation>
        </message>
        <message>
            <source>Travel Leg</source>
            <translation>Trajet</translation>
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
            <translation>Numéro de vol ou de train (SN 201)</translation>
        </message>
        <message>
            <source>The flight or train number only, no booking reference: when the mission is shared, it goes to the partner town in the calendar file.</source>
            <translation>Uniquement le numéro de vol ou de train, sans référence de réservation : quand la mission est partagée, il est transmis à la commune partenaire dans le fichier de calendrier.</translation>
        </message>
        <message>
            <source>Departure, local date and time</source>
            <translation>Départ, date et heure locales</translation>
        </message>
        <message>
            <source>Time zone of the departure</source>
            <translation>Fuseau horaire du départ</translation>
        </message>
        <message>
            <source>Arrival, local date and time</source>
            <translation>Arrivée, date et heure locales</translation>
        </message>
        <message>
            <source>Time zone of the arrival</source>
            <translation>Fuseau horaire de l'arrivée</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Origine :</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Destination :</translation>
        </message>
        <message>
            <source>&amp;Departure (local time):</source>
            <translation>Dé&amp;part (heure locale) :</translation>
        </message>
        <message>
            <source>&amp;Arrival (local time):</source>
            <translation>&amp;Arrivée (heure locale) :</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Mode de transport :</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Référence :</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <source>Partnership colours</source>
            <translation>Couleurs des partenariats</translation>
        </message>
        <message>
            <source>Working hours in {town}</source>
            <translation>Heures de travail à {town}</translation>
        </message>
        <message>
            <source>Weekend or holiday in {town}</source>
            <translation>Week-end ou jour férié à {town}</translation>
        </message>
        <message>
            <source>Partner's calendar (read-only)</source>
            <translation>Calendrier du partenaire (lecture seule)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <extracomment>Emitted on the GUI thread after a service call changed something. Emitted when every loaded page has shown the rows of the latest refresh (a page loads when it is first shown: see _open_page). The record pages are built once the Overview has its first rows (see attach). The pages that load their rows (and reload on changes): those shown at least once.</extracomment>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Réunions de suivi</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Partenariats</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>{page} (Ctrl+{n})</source>
            <translation>{page} (Ctrl+{n})</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Traitement en cours</translation>
        </message>
        <message>
            <source>&amp;Back Up Now…</source>
            <translation>&amp;Sauvegarder maintenant…</translation>
        </message>
        <message>
            <source>Copy the database to a file of your choice</source>
            <translation>Copier la base de données dans un fichier de votre choix</translation>
        </message>
        <message>
            <source>Load &amp;Demo Partnerships</source>
            <translation>Charger les partenariats de &amp;démonstration</translation>
        </message>
        <message>
            <source>Fill this empty database with the demo partnerships</source>
            <translation>Remplir cette base de données vide avec les partenariats de démonstration</translation>
        </message>
        <message>
            <source>&amp;Export Calendar…</source>
            <translation>&amp;Exporter le calendrier…</translation>
        </message>
        <message>
            <source>&amp;Import Calendar…</source>
            <translation>&amp;Importer un calendrier…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>&amp;About Jumelage</source>
            <translation>À &amp;propos de Jumelage</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>New &amp;Mission…</source>
            <translation>Nouvelle &amp;mission…</translation>
        </message>
        <message>
            <source>New &amp;Follow-up…</source>
            <translation>Nouvelle réunion de &amp;suivi…</translation>
        </message>
        <message>
            <source>New &amp;Action Item…</source>
            <translation>Nouvelle ac&amp;tion…</translation>
        </message>
        <message>
            <source>New &amp;Partnership…</source>
            <translation>Nouveau &amp;partenariat…</translation>
        </message>
        <message>
            <source>New &amp;Town…</source>
            <translation>Nouvelle &amp;commune…</translation>
        </message>
        <message>
            <source>New P&amp;erson…</source>
            <translation>Nouvelle p&amp;ersonne…</translation>
        </message>
        <message>
            <source>F&amp;ind a Time…</source>
            <translation>Trouver un cré&amp;neau…</translation>
        </message>
        <message>
            <source>Find when both towns of a partnership can meet, and plan a follow-up then</source>
            <translation>Trouver un moment où les deux communes d'un partenariat peuvent se réunir, et y planifier une réunion de suivi</translation>
        </message>
        <message>
            <source>New Recurring &amp;Series…</source>
            <translation>Nouvelle sér&amp;ie de réunions de suivi…</translation>
        </message>
        <message>
            <source>Plan a recurring follow-up, with the drift warnings before creating it</source>
            <translation>Planifier une réunion de suivi récurrente, avec les avertissements de décalage horaire avant sa création</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Pré&amp;férences…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Import a Calendar File</source>
            <translation>Importer un fichier de calendrier</translation>
        </message>
        <message>
            <source>Calendars (*.ics *.ical *.ifb *.icalendar)</source>
            <translation>Calendriers (*.ics *.ical *.ifb *.icalendar)</translation>
        </message>
        <message>
            <source>Database: {path}</source>
            <translation>Base de données : {path}</translation>
        </message>
        <message>
            <source>Loading the demo partnerships…</source>
            <translation>Chargement des partenariats de démonstration…</translation>
        </message>
        <message>
            <source>Back Up the Database</source>
            <translation>Sauvegarder la base de données</translation>
        </message>
        <message>
            <source>Jumelage databases (*.sqlite)</source>
            <translation>Bases de données Jumelage (*.sqlite)</translation>
        </message>
        <message>
            <source>Backed up to {path}</source>
            <translation>Sauvegarde enregistrée dans {path}</translation>
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
            <translation>Cop&amp;ier le lien</translation>
        </message>
        <message>
            <source>Copy the join link</source>
            <translation>Copier le lien de connexion</translation>
        </message>
        <message>
            <source>Copy the join link to the clipboard</source>
            <translation>Copier le lien de connexion dans le presse-papiers</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Non renseignée</translation>
        </message>
        <message>
            <source>S&amp;hared with the partner town</source>
            <translation>Parta&amp;gée avec la commune partenaire</translation>
        </message>
        <message>
            <source>Shared follow-ups appear in the calendar files sent to the partner town.</source>
            <translation>Les réunions de suivi partagées figurent dans les fichiers de calendrier envoyés à la commune partenaire.</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partenariat :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>In both towns:</source>
            <translation>Dans les deux communes :</translation>
        </message>
        <message>
            <source>&amp;Duration (minutes):</source>
            <translation>Duré&amp;e (minutes) :</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>&amp;Canal :</translation>
        </message>
        <message>
            <source>&amp;Join link:</source>
            <translation>&amp;Lien de connexion :</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>&amp;Statut :</translation>
        </message>
        <message>
            <source>Call &amp;quality:</source>
            <translation>&amp;Qualité de l'appel :</translation>
        </message>
        <message>
            <source>Minutes &amp;lost to connection trouble:</source>
            <translation>&amp;Minutes perdues (problèmes de connexion) :</translation>
        </message>
    </context>
    <context>
        <name>MissionEditor</name>
        <message>
            <source>O&amp;verview</source>
            <translation>&amp;Vue d'ensemble</translation>
        </message>
        <message>
            <source>&amp;Delegation</source>
            <translation>&amp;Délégation</translation>
        </message>
        <message>
            <source>&amp;Itinerary</source>
            <translation>&amp;Itinéraire</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Programme</translation>
        </message>
        <message>
            <source>&amp;Budget</source>
            <translation>&amp;Budget</translation>
        </message>
        <message>
            <source>This mission no longer exists (it was deleted, or its creation undone). Redo brings it back.</source>
            <translation>Cette mission n'existe plus (elle a été supprimée, ou sa création a été annulée). « Rétablir » la fait revenir.</translation>
        </message>
        <message>
            <source>New mission[*]</source>
            <translation>Nouvelle mission[*]</translation>
        </message>
        <message>
            <source>Mission — {title}[*]</source>
            <translation>Mission — {title}[*]</translation>
        </message>
        <message>
            <source>Edit the mission “{title}”</source>
            <translation>Modifier la mission « {title} »</translation>
        </message>
        <message>
            <source>New mission “{title}”</source>
            <translation>Nouvelle mission « {title} »</translation>
        </message>
    </context>
    <context>
        <name>MissionsPage</name>
        <message numerus="yes">
            <source>%n mission(s)</source>
            <translation>
                <numerusform>%n mission</numerusform>
                <numerusform>%n missions</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>MonthView</name>
        <message>
            <source>Month calendar</source>
            <extracomment>For bars: the first and last day of the drawn run in this week. The selection left the shown month: the page shows the month of this date. The towns whose local times an entry's tooltip gives (its own partnership's).</extracomment>
            <translation>Calendrier mensuel</translation>
        </message>
        <message>
            <source>{mark} (day off)</source>
            <translation>{mark} (jour de congé)</translation>
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
            <translation>Échéance : {title}</translation>
        </message>
        <message>
            <source>{time} {title}</source>
            <translation>{time} {title}</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n autre</numerusform>
                <numerusform>+%n autres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n élément</numerusform>
                <numerusform>%n éléments</numerusform>
            </translation>
        </message>
        <message>
            <source>Entries of {day}</source>
            <translation>Éléments du {day}</translation>
        </message>
    </context>
    <context>
        <name>NewSeriesDialog</name>
        <message>
            <source>Monthly on the first {weekday}</source>
            <extracomment>The repeat choices (combo data). The end choices. How long after the last change the preview is recomputed (ms).</extracomment>
            <translation>Tous les mois, le premier {weekday}</translation>
        </message>
        <message>
            <source>Monthly on the second {weekday}</source>
            <translation>Tous les mois, le deuxième {weekday}</translation>
        </message>
        <message>
            <source>Monthly on the third {weekday}</source>
            <translation>Tous les mois, le troisième {weekday}</translation>
        </message>
        <message>
            <source>Monthly on the fourth {weekday}</source>
            <translation>Tous les mois, le quatrième {weekday}</translation>
        </message>
        <message>
            <source>Monthly on the last {weekday}</source>
            <translation>Tous les mois, le dernier {weekday}</translation>
        </message>
        <message>
            <source>New Recurring Follow-up</source>
            <extracomment>Emitted with the :class:`~jumelage.services.series.SeriesEdit` (the dialog then closes). Emitted when the preview (count and drift warnings, or an error) is shown.</extracomment>
            <translation>Nouvelle réunion de suivi récurrente</translation>
        </message>
        <message>
            <source>First date</source>
            <extracomment>The drift of the last preview (``None``: none, or an error).</extracomment>
            <translation>Première date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Town whose clock the series keeps</source>
            <translation>Commune dont la série conserve l'heure</translation>
        </message>
        <message>
            <source>The series keeps this time in this town; the other town may see it move.</source>
            <translation>La série conserve cette heure dans cette commune ; dans l'autre commune, l'heure peut changer.</translation>
        </message>
        <message>
            <source>&amp;in</source>
            <translation>&amp;à</translation>
        </message>
        <message>
            <source>Time in both towns</source>
            <translation>Heure dans les deux communes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <source>S&amp;hared with the partner town</source>
            <translation>Parta&amp;gée avec la commune partenaire</translation>
        </message>
        <message>
            <source>Shared follow-ups appear in the calendar files sent to the partner town.</source>
            <translation>Les réunions de suivi partagées figurent dans les fichiers de calendrier envoyés à la commune partenaire.</translation>
        </message>
        <message>
            <source>&amp;Never (plans two years ahead)</source>
            <translation>&amp;Jamais (planification sur deux ans)</translation>
        </message>
        <message>
            <source>&amp;After</source>
            <translation>&amp;Après</translation>
        </message>
        <message>
            <source> occurrences</source>
            <translation> occurrences</translation>
        </message>
        <message>
            <source>Number of occurrences</source>
            <translation>Nombre d'occurrences</translation>
        </message>
        <message>
            <source>&amp;On</source>
            <translation>Jusqu'a&amp;u</translation>
        </message>
        <message>
            <source>Last date</source>
            <translation>Dernière date</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partenariat :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;First:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>In both towns:</source>
            <translation>Dans les deux communes :</translation>
        </message>
        <message>
            <source>&amp;Duration:</source>
            <translation>Duré&amp;e :</translation>
        </message>
        <message>
            <source>&amp;Channel:</source>
            <translation>&amp;Canal :</translation>
        </message>
        <message>
            <source>&amp;Join link:</source>
            <translation>&amp;Lien de connexion :</translation>
        </message>
        <message>
            <source>&amp;Repeats:</source>
            <translation>&amp;Répétition :</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Fin :</translation>
        </message>
        <message>
            <source>Occurrences</source>
            <translation>Occurrences</translation>
        </message>
        <message>
            <source>Drift &amp;warnings:</source>
            <translation>A&amp;vertissements de décalage horaire :</translation>
        </message>
        <message>
            <source>Drift warnings</source>
            <translation>Avertissements de décalage horaire</translation>
        </message>
        <message>
            <source>Create &amp;Series</source>
            <translation>Créer la &amp;série</translation>
        </message>
        <message>
            <source>Plan every occurrence (one step to undo)</source>
            <translation>Planifier toutes les occurrences (une seule étape à annuler)</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Toutes les semaines</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Toutes les deux semaines</translation>
        </message>
        <message>
            <source>Monthly on day {day}</source>
            <translation>Tous les mois, le {day}</translation>
        </message>
        <message>
            <source>Monthly follow-up</source>
            <translation>Réunion de suivi mensuelle</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Réunion de suivi</translation>
        </message>
        <message>
            <source>The last date is before the first date.</source>
            <translation>La dernière date précède la première.</translation>
        </message>
        <message>
            <source>Create a partnership first.</source>
            <translation>Créez d'abord un partenariat.</translation>
        </message>
        <message numerus="yes">
            <source>%n occurrence(s), from {first} to {last}.</source>
            <translation>
                <numerusform>%n occurrence, du {first} au {last}.</numerusform>
                <numerusform>%n occurrences, du {first} au {last}.</numerusform>
            </translation>
        </message>
        <message>
            <source>This rule has no date: nothing would be planned.</source>
            <translation>Cette règle ne donne aucune date : rien ne serait planifié.</translation>
        </message>
        <message>
            <source>Plan the recurring follow-up “{title}” of {name}</source>
            <translation>Planifier la réunion de suivi récurrente « {title} » de {name}</translation>
        </message>
    </context>
    <context>
        <name>NextFollowUpDialog</name>
        <message>
            <source>Next Follow-up</source>
            <translation>Prochaine réunion de suivi</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>In both towns:</source>
            <translation>Dans les deux communes :</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Planifier</translation>
        </message>
        <message>
            <source>Next follow-up of {name}</source>
            <translation>Prochaine réunion de suivi de {name}</translation>
        </message>
        <message>
            <source>Its agenda lists the partnership's open action items and the next steps from the minutes of the previous follow-up.</source>
            <translation>Son ordre du jour reprend les actions ouvertes du partenariat et les prochaines étapes (paragraphe « Next steps ») du procès-verbal de la réunion de suivi précédente.</translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>What was said. A “Next steps” paragraph is carried into the next agenda.</source>
            <translation>Ce qui a été dit. Un paragraphe commençant par « Next steps » est repris dans l'ordre du jour suivant.</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Décisions</translation>
        </message>
        <message>
            <source>Add d&amp;ecision…</source>
            <translation>Ajouter une &amp;décision…</translation>
        </message>
        <message>
            <source>Edi&amp;t decision…</source>
            <translation>Modi&amp;fier la décision…</translation>
        </message>
        <message>
            <source>&amp;Remove decision</source>
            <translation>&amp;Supprimer la décision</translation>
        </message>
        <message>
            <source>&amp;Decisions:</source>
            <translation>Dé&amp;cisions :</translation>
        </message>
        <message>
            <source>Pre-filled with the open action items and the next steps of the previous follow-up; edit it freely. Saving records the items it lists as discussed at this follow-up.</source>
            <translation>Prérempli avec les actions ouvertes et les prochaines étapes de la réunion de suivi précédente ; modifiez-le librement. L'enregistrement note les actions qu'il mentionne comme discutées lors de cette réunion de suivi.</translation>
        </message>
        <message>
            <source>A&amp;genda:</source>
            <translation>Ordre du &amp;jour :</translation>
        </message>
        <message>
            <source>Min&amp;utes:</source>
            <translation>&amp;Procès-verbal :</translation>
        </message>
        <message>
            <source>Add a decision</source>
            <translation>Ajouter une décision</translation>
        </message>
        <message>
            <source>Add a Decision</source>
            <translation>Ajouter une décision</translation>
        </message>
        <message>
            <source>Edit a decision</source>
            <translation>Modifier une décision</translation>
        </message>
        <message>
            <source>Edit the Decision</source>
            <translation>Modifier la décision</translation>
        </message>
        <message>
            <source>Remove a decision</source>
            <translation>Supprimer une décision</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <extracomment>Counts the card rebuilds, so late mission checks never land on newer cards. Called on a worker thread with every state loaded (the app remembers it, to show the cards at once at the next start: see jumelage.app.snapshot).</extracomment>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Ouverture de la base de données…</translation>
        </message>
        <message>
            <source>No partnership yet. Load the demo from the File menu, or add a partnership.</source>
            <translation>Aucun partenariat pour l'instant. Chargez la démonstration depuis le menu Fichier, ou ajoutez un partenariat.</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Save the mission first: its delegation, itinerary, agenda and budget can be added once it exists.</source>
            <translation>Enregistrez d'abord la mission : sa délégation, son itinéraire, son programme et son budget pourront être ajoutés ensuite.</translation>
        </message>
        <message>
            <source>S&amp;hare with the partner (in their calendar file)</source>
            <translation>Parta&amp;ger avec le partenaire (dans son fichier de calendrier)</translation>
        </message>
        <message>
            <source>What the mission should achieve</source>
            <translation>Ce que la mission doit permettre d'atteindre</translation>
        </message>
        <message>
            <source>What came out of it, afterwards</source>
            <translation>Ce qui en est ressorti, après coup</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Objectifs de développement durable</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>Pa&amp;rtenariat :</translation>
        </message>
        <message>
            <source>Di&amp;rection:</source>
            <translation>Se&amp;ns :</translation>
        </message>
        <message>
            <source>Destination to&amp;wn:</source>
            <translation>&amp;Commune de destination :</translation>
        </message>
        <message>
            <source>First da&amp;y:</source>
            <translation>Premier &amp;jour :</translation>
        </message>
        <message>
            <source>&amp;Last day:</source>
            <translation>Derni&amp;er jour :</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;ut :</translation>
        </message>
        <message>
            <source>Sustainable Development &amp;Goals:</source>
            <translation>&amp;Objectifs de développement durable :</translation>
        </message>
        <message>
            <source>&amp;Objectives (shared with the partner):</source>
            <translation>Objecti&amp;fs (partagés avec le partenaire) :</translation>
        </message>
        <message>
            <source>Internal &amp;notes (never shared):</source>
            <translation>Note&amp;s internes (jamais partagées) :</translation>
        </message>
        <message>
            <source>Outco&amp;mes:</source>
            <translation>Résu&amp;ltats :</translation>
        </message>
        <message>
            <source>A completed mission is final: its status no longer changes.</source>
            <translation>Une mission terminée est définitive : son statut ne change plus.</translation>
        </message>
        <message>
            <source>A cancelled mission starts again as an idea or a plan.</source>
            <translation>Une mission annulée repart comme idée ou comme mission planifiée.</translation>
        </message>
        <message>
            <source>A mission must be {needed} before it is {requested}.</source>
            <translation>Une mission doit être {needed} avant d'être {requested}.</translation>
        </message>
        <message>
            <source>A mission goes back one step at a time, here to {previous}.</source>
            <translation>Une mission revient en arrière d'une étape à la fois, ici au statut {previous}.</translation>
        </message>
        <message>
            <source>From {current}, the status can go to: {allowed}.</source>
            <translation>Depuis le statut {current}, la mission peut passer à : {allowed}.</translation>
        </message>
        <message numerus="yes">
            <source>⚠ Saved, with %n agenda warning(s): see the Agenda tab.</source>
            <translation>
                <numerusform>⚠ Enregistrée, avec %n avertissement dans le programme : voir l'onglet Programme.</numerusform>
                <numerusform>⚠ Enregistrée, avec %n avertissements dans le programme : voir l'onglet Programme.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OwnerCombo</name>
        <message>
            <source>Nobody</source>
            <translation>Personne</translation>
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
            <translation>Ajouter à la délégation</translation>
        </message>
        <message>
            <source>Delegation Member</source>
            <translation>Membre de la délégation</translation>
        </message>
        <message>
            <source>{name} ({town})</source>
            <translation>{name} ({town})</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
    </context>
    <context>
        <name>PartnershipCard</name>
        <message>
            <source>Local times</source>
            <extracomment>``None`` while the mission checks are still running (they come after the cards).</extracomment>
            <translation>Heures locales</translation>
        </message>
        <message>
            <source>Next mission</source>
            <translation>Prochaine mission</translation>
        </message>
        <message>
            <source>Next follow-up</source>
            <translation>Prochaine réunion de suivi</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <source>Checking the missions to come…</source>
            <translation>Contrôle des prochaines missions…</translation>
        </message>
        <message>
            <source>Nothing to check in the missions to come</source>
            <translation>Rien à vérifier dans les prochaines missions</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) in the missions to come</source>
            <translation>
                <numerusform>%n problème dans les prochaines missions</numerusform>
                <numerusform>%n problèmes dans les prochaines missions</numerusform>
            </translation>
        </message>
        <message>
            <source>{home} {home_time} ({home_offset}) · {partner} {partner_time} ({partner_offset})</source>
            <translation>{home} {home_time} ({home_offset}) · {partner} {partner_time} ({partner_offset})</translation>
        </message>
        <message>
            <source>None planned</source>
            <translation>Aucune prévue</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>{title} — {destination}, {dates} ({when}; {status})</source>
            <translation>{title} — {destination}, {dates} ({when} ; {status})</translation>
        </message>
        <message>
            <source>None scheduled</source>
            <translation>Aucune prévue</translation>
        </message>
        <message>
            <source>{title} — {date}: {home_time} {home} · {partner_time} {partner} ({channel})</source>
            <translation>{title} — {date} : {home_time} {home} · {partner_time} {partner} ({channel})</translation>
        </message>
        <message numerus="yes">
            <source>Nothing overdue (%n open item(s))</source>
            <translation>
                <numerusform>Rien en retard (%n action ouverte)</numerusform>
                <numerusform>Rien en retard (%n actions ouvertes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n overdue action item(s)</source>
            <translation>
                <numerusform>⚠ %n action en retard</numerusform>
                <numerusform>⚠ %n actions en retard</numerusform>
            </translation>
        </message>
        <message>
            <source>({open} open in all)</source>
            <translation>(actions ouvertes au total : {open})</translation>
        </message>
        <message>
            <source>• {text} — {owner}, due {due} ({late})</source>
            <translation>• {text} — {owner}, échéance {due} ({late})</translation>
        </message>
        <message>
            <source>no owner</source>
            <translation>sans responsable</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartnershipEditor</name>
        <message>
            <source>&amp;Not set</source>
            <translation>Date &amp;inconnue</translation>
        </message>
        <message>
            <source>The date the partnership began is not known</source>
            <translation>La date de début du partenariat n'est pas connue</translation>
        </message>
        <message>
            <source>&amp;Home town:</source>
            <translation>&amp;Notre commune :</translation>
        </message>
        <message>
            <source>&amp;Partner town:</source>
            <translation>Commune &amp;partenaire :</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>N&amp;om :</translation>
        </message>
        <message>
            <source>&amp;Since:</source>
            <translation>&amp;Depuis :</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatut :</translation>
        </message>
        <message>
            <source>&amp;Colour:</source>
            <translation>&amp;Couleur :</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escription :</translation>
        </message>
        <message>
            <source>New partnership</source>
            <translation>Nouveau partenariat</translation>
        </message>
        <message>
            <source>Partnership: {name}</source>
            <translation>Partenariat : {name}</translation>
        </message>
        <message>
            <source>Create partnership “{name}”</source>
            <translation>Créer le partenariat « {name} »</translation>
        </message>
        <message>
            <source>Edit partnership “{name}”</source>
            <translation>Modifier le partenariat « {name} »</translation>
        </message>
        <message>
            <source>Delete partnership “{name}”</source>
            <translation>Supprimer le partenariat « {name} »</translation>
        </message>
        <message>
            <source>{name} (the default)</source>
            <translation>{name} (par défaut)</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nom@example.org</translation>
        </message>
        <message>
            <source>+32 2 000 00 00</source>
            <translation>+32 2 000 00 00</translation>
        </message>
        <message>
            <source>ISO codes, e.g. fr, nl, wo</source>
            <translation>Codes ISO, p. ex. fr, nl, wo</translation>
        </message>
        <message>
            <source>Two-letter language codes separated by commas: fr, nl, en, ar, wo…</source>
            <translation>Codes de langue à deux lettres séparés par des virgules : fr, nl, en, ar, wo…</translation>
        </message>
        <message>
            <source>This person's personal data was erased. The missions, follow-ups and action items they took part in are kept.</source>
            <translation>Les données personnelles de cette personne ont été effacées. Les missions, réunions de suivi et actions auxquelles elle a pris part sont conservées.</translation>
        </message>
        <message>
            <source>Er&amp;ase Personal Data…</source>
            <translation>Eff&amp;acer les données personnelles…</translation>
        </message>
        <message>
            <source>Remove this person's name and contact details everywhere; cannot be undone</source>
            <translation>Supprimer partout le nom et les coordonnées de cette personne ; opération irréversible</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Town:</source>
            <translation>&amp;Commune :</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Fonction :</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Langues :</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Nouvelle personne</translation>
        </message>
        <message>
            <source>Person: {name}</source>
            <translation>Personne : {name}</translation>
        </message>
        <message>
            <source>Create person “{name}”</source>
            <translation>Créer la personne « {name} »</translation>
        </message>
        <message>
            <source>Edit person “{name}”</source>
            <translation>Modifier la personne « {name} »</translation>
        </message>
        <message>
            <source>Delete person “{name}”</source>
            <translation>Supprimer la personne « {name} »</translation>
        </message>
        <message>
            <source>{code} (unknown code)</source>
            <translation>{code} (code inconnu)</translation>
        </message>
        <message>
            <source>Erase Personal Data</source>
            <translation>Effacer les données personnelles</translation>
        </message>
        <message>
            <source>Erase the personal data of “{name}”?

Their name, organisation, role, e-mail address, phone number and languages are removed everywhere. The missions, follow-ups and action items they took part in are kept and show “(erased)” instead of the name.

This cannot be undone. The undo history is cleared as well, so that no earlier edit can bring the data back.</source>
            <translation>Effacer les données personnelles de « {name} » ?

Son nom, son organisation, sa fonction, son adresse e-mail, son numéro de téléphone et ses langues seront supprimés partout. Les missions, réunions de suivi et actions auxquelles cette personne a pris part sont conservées et affichent « (erased) » à la place du nom.

Cette opération est irréversible. L'historique des annulations est également vidé, afin qu'aucune modification antérieure ne puisse faire réapparaître ces données.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Effacer</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <extracomment>Languages Jumelage is translated into, with their own names (never translated).</extracomment>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>A new language applies the next time Jumelage starts.</source>
            <translation>La nouvelle langue s'appliquera au prochain démarrage de Jumelage.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsBanner</name>
        <message numerus="yes">
            <source>%n thing(s) to check before the mission</source>
            <translation>
                <numerusform>%n point à vérifier avant la mission</numerusform>
                <numerusform>%n points à vérifier avant la mission</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SeriesTab</name>
        <message>
            <source>Series</source>
            <translation>Série</translation>
        </message>
        <message>
            <source>&amp;Drift warnings:</source>
            <translation>A&amp;vertissements de décalage horaire :</translation>
        </message>
        <message>
            <source>Drift warnings</source>
            <translation>Avertissements de décalage horaire</translation>
        </message>
        <message>
            <source>{rule}, at {time} in {anchor}, from {date}.
{count} occurrences: {held} with a record of the meeting, {cancelled} called off.</source>
            <extracomment>What the last series edit left alone (logged occurrences).</extracomment>
            <translation>{rule}, à {time} à {anchor}, à partir du {date}.
{count} occurrences : {held} avec un compte rendu de réunion, {cancelled} décommandées.</translation>
        </message>
    </context>
    <context>
        <name>TablePage</name>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>Filtrer (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter {title}</source>
            <translation>Filtre : {title}</translation>
        </message>
        <message>
            <source>&amp;Filter:</source>
            <translation>&amp;Filtre :</translation>
        </message>
        <message>
            <source>{shown} of {total}</source>
            <translation>{shown} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>TownEditor</name>
        <message>
            <source>Optional, e.g. BRU for the Brussels-Capital Region</source>
            <translation>Facultatif, p. ex. BRU pour la Région de Bruxelles-Capitale</translation>
        </message>
        <message>
            <source>The region whose public holidays apply, as the holidays package names it. Leave it empty for the national holidays only.</source>
            <translation>La région dont les jours fériés s'appliquent, telle que la nomme le paquet « holidays ». Laissez ce champ vide pour n'appliquer que les jours fériés nationaux.</translation>
        </message>
        <message>
            <source>Start of the working day</source>
            <translation>Début de la journée de travail</translation>
        </message>
        <message>
            <source>End of the working day</source>
            <translation>Fin de la journée de travail</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <source>&amp;Holiday subdivision:</source>
            <translation>Su&amp;bdivision pour les jours fériés :</translation>
        </message>
        <message>
            <source>&amp;Working hours:</source>
            <translation>&amp;Heures de travail :</translation>
        </message>
        <message>
            <source>Wee&amp;kend:</source>
            <translation>&amp;Week-end :</translation>
        </message>
        <message>
            <source>Days &amp;off:</source>
            <translation>&amp;Jours de congé :</translation>
        </message>
        <message>
            <source>New town</source>
            <translation>Nouvelle commune</translation>
        </message>
        <message>
            <source>Town: {name}</source>
            <translation>Commune : {name}</translation>
        </message>
        <message>
            <source>Create town “{name}”</source>
            <translation>Créer la commune « {name} »</translation>
        </message>
        <message>
            <source>Edit town “{name}”</source>
            <translation>Modifier la commune « {name} »</translation>
        </message>
        <message>
            <source>Delete town “{name}”</source>
            <translation>Supprimer la commune « {name} »</translation>
        </message>
        <message>
            <source>Now {time} there ({offset})</source>
            <translation>Actuellement {time} sur place ({offset})</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Week calendar: hours and timed entries</source>
            <translation>Calendrier hebdomadaire : heures et éléments à horaire fixe</translation>
        </message>
        <message>
            <source>Days, holidays and all-day entries</source>
            <translation>Jours, jours fériés et éléments sur la journée entière</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <source>Week of {date}</source>
            <translation>Semaine du {date}</translation>
        </message>
        <message>
            <source>UTC</source>
            <translation>UTC</translation>
        </message>
        <message>
            <source>{offset} h</source>
            <translation>{offset} h</translation>
        </message>
        <message>
            <source>from {day}: {offset}</source>
            <translation>à partir du {day} : {offset}</translation>
        </message>
        <message>
            <source>{town} scale as on {first}; {changes}</source>
            <translation>{town} : échelle valable le {first} ; {changes}</translation>
        </message>
        <message>
            <source>{holiday} (estimated)</source>
            <translation>{holiday} (date estimée)</translation>
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
            <translation>Changement d'heure : {offset}</translation>
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
            <translation>{day} : {times}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>From the partner's calendar (read-only)</source>
            <translation>Issu du calendrier du partenaire (lecture seule)</translation>
        </message>
        <message>
            <source>Drag to move, drag the bottom edge to change the end</source>
            <translation>Faites glisser pour déplacer ; faites glisser le bord inférieur pour modifier la fin</translation>
        </message>
        <message>
            <source>Due: {title}</source>
            <translation>Échéance : {title}</translation>
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
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
    </context>
    <context>
        <name>_Days</name>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>dans %n jour</numerusform>
                <numerusform>dans %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>_Plurals</name>
        <message numerus="yes">
            <source>%n minute(s) from the nearest start or end of a working day in either town</source>
            <translation>
                <numerusform>À %n minute du début ou de la fin de journée de travail le plus proche, dans l'une ou l'autre commune</numerusform>
                <numerusform>À %n minutes du début ou de la fin de journée de travail le plus proche, dans l'une ou l'autre commune</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more slot(s) not listed: narrow the dates to see them.</source>
            <translation>
                <numerusform>%n autre créneau non affiché : réduisez la période pour le voir.</numerusform>
                <numerusform>%n autres créneaux non affichés : réduisez la période pour les voir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n slot(s) found.</source>
            <translation>
                <numerusform>%n créneau trouvé.</numerusform>
                <numerusform>%n créneaux trouvés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>calendar</name>
        <message>
            <source>Missions</source>
            <extracomment>The kinds in the order the filter lists them.</extracomment>
            <translation>Missions</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Trajets</translation>
        </message>
        <message>
            <source>Mission agendas</source>
            <translation>Programmes des missions</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Réunions de suivi</translation>
        </message>
        <message>
            <source>Action items due</source>
            <translation>Échéances des actions</translation>
        </message>
        <message>
            <source>Partner events</source>
            <translation>Événements du partenaire</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Mission</translation>
        </message>
        <message>
            <source>Mission agenda item</source>
            <translation>Point du programme de mission</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Réunion de suivi</translation>
        </message>
        <message>
            <source>Action item due</source>
            <translation>Échéance d’action</translation>
        </message>
        <message>
            <source>Partner event</source>
            <translation>Événement du partenaire</translation>
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
            <translation>Toute la journée</translation>
        </message>
        <message>
            <source>{start} → {end}</source>
            <translation>{start} → {end}</translation>
        </message>
        <message>
            <source>Planned in {zone}</source>
            <translation>Planifié dans le fuseau {zone}</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>From the partner's calendar (read-only)</source>
            <translation>Issu du calendrier du partenaire (lecture seule)</translation>
        </message>
        <message>
            <source>{holiday} (estimated)</source>
            <translation>{holiday} (date estimée)</translation>
        </message>
        <message>
            <source>{town}: {holiday}</source>
            <translation>{town} : {holiday}</translation>
        </message>
        <message>
            <source>Weekend in {town}</source>
            <translation>Week-end à {town}</translation>
        </message>
    </context>
    <context>
        <name>call quality</name>
        <message>
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <source>Degraded</source>
            <translation>Dégradée</translation>
        </message>
        <message>
            <source>Audio only</source>
            <translation>Audio seulement</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Coupée</translation>
        </message>
    </context>
    <context>
        <name>checks</name>
        <message>
            <source>{person} is also on the mission “{other}” on {day}.</source>
            <extracomment>A warning sign (with text: never colour alone).</extracomment>
            <translation>{person} participe aussi à la mission « {other} » le {day}.</translation>
        </message>
        <message>
            <source>{day} is a holiday or day off at the destination: {name}.</source>
            <translation>Le {day} est un jour férié ou de congé à destination : {name}.</translation>
        </message>
        <message>
            <source>The agenda item “{title}” on {day} is outside the mission dates.</source>
            <translation>L'activité « {title} » du {day} tombe en dehors des dates de la mission.</translation>
        </message>
        <message>
            <source>Departure {when}: the checklist of {person} still lacks {missing}.</source>
            <translation>Départ {when} : la liste de contrôle de {person} est incomplète (à fournir : {missing}).</translation>
        </message>
        <message>
            <source>{mission} — {problem}</source>
            <translation>{mission} — {problem}</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… et {count} de plus</translation>
        </message>
    </context>
    <context>
        <name>countries</name>
        <message>
            <source>Andorra</source>
            <translation>Andorre</translation>
        </message>
        <message>
            <source>United Arab Emirates</source>
            <translation>Émirats arabes unis</translation>
        </message>
        <message>
            <source>Afghanistan</source>
            <translation>Afghanistan</translation>
        </message>
        <message>
            <source>Antigua &amp; Barbuda</source>
            <translation>Antigua-et-Barbuda</translation>
        </message>
        <message>
            <source>Anguilla</source>
            <translation>Anguilla</translation>
        </message>
        <message>
            <source>Albania</source>
            <translation>Albanie</translation>
        </message>
        <message>
            <source>Armenia</source>
            <translation>Arménie</translation>
        </message>
        <message>
            <source>Angola</source>
            <translation>Angola</translation>
        </message>
        <message>
            <source>Antarctica</source>
            <translation>Antarctique</translation>
        </message>
        <message>
            <source>Argentina</source>
            <translation>Argentine</translation>
        </message>
        <message>
            <source>American Samoa</source>
            <translation>Samoa américaines</translation>
        </message>
        <message>
            <source>Austria</source>
            <translation>Autriche</translation>
        </message>
        <message>
            <source>Australia</source>
            <translation>Australie</translation>
        </message>
        <message>
            <source>Aruba</source>
            <translation>Aruba</translation>
        </message>
        <message>
            <source>Åland Islands</source>
            <translation>Îles Åland</translation>
        </message>
        <message>
            <source>Azerbaijan</source>
            <translation>Azerbaïdjan</translation>
        </message>
        <message>
            <source>Bosnia &amp; Herzegovina</source>
            <translation>Bosnie-Herzégovine</translation>
        </message>
        <message>
            <source>Barbados</source>
            <translation>Barbade</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>Bangladesh</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>Belgique</translation>
        </message>
        <message>
            <source>Burkina Faso</source>
            <translation>Burkina Faso</translation>
        </message>
        <message>
            <source>Bulgaria</source>
            <translation>Bulgarie</translation>
        </message>
        <message>
            <source>Bahrain</source>
            <translation>Bahreïn</translation>
        </message>
        <message>
            <source>Burundi</source>
            <translation>Burundi</translation>
        </message>
        <message>
            <source>Benin</source>
            <translation>Bénin</translation>
        </message>
        <message>
            <source>St. Barthélemy</source>
            <translation>Saint-Barthélemy</translation>
        </message>
        <message>
            <source>Bermuda</source>
            <translation>Bermudes</translation>
        </message>
        <message>
            <source>Brunei</source>
            <translation>Brunei</translation>
        </message>
        <message>
            <source>Bolivia</source>
            <translation>Bolivie</translation>
        </message>
        <message>
            <source>Caribbean Netherlands</source>
            <translation>Pays-Bas caribéens</translation>
        </message>
        <message>
            <source>Brazil</source>
            <translation>Brésil</translation>
        </message>
        <message>
            <source>Bahamas</source>
            <translation>Bahamas</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>Bhoutan</translation>
        </message>
        <message>
            <source>Bouvet Island</source>
            <translation>Île Bouvet</translation>
        </message>
        <message>
            <source>Botswana</source>
            <translation>Botswana</translation>
        </message>
        <message>
            <source>Belarus</source>
            <translation>Biélorussie</translation>
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
            <translation>Îles Cocos</translation>
        </message>
        <message>
            <source>Congo - Kinshasa</source>
            <translation>Congo-Kinshasa</translation>
        </message>
        <message>
            <source>Central African Republic</source>
            <translation>République centrafricaine</translation>
        </message>
        <message>
            <source>Congo - Brazzaville</source>
            <translation>Congo-Brazzaville</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>Suisse</translation>
        </message>
        <message>
            <source>Côte d’Ivoire</source>
            <translation>Côte d’Ivoire</translation>
        </message>
        <message>
            <source>Cook Islands</source>
            <translation>Îles Cook</translation>
        </message>
        <message>
            <source>Chile</source>
            <translation>Chili</translation>
        </message>
        <message>
            <source>Cameroon</source>
            <translation>Cameroun</translation>
        </message>
        <message>
            <source>China</source>
            <translation>Chine</translation>
        </message>
        <message>
            <source>Colombia</source>
            <translation>Colombie</translation>
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
            <translation>Cap-Vert</translation>
        </message>
        <message>
            <source>Curaçao</source>
            <translation>Curaçao</translation>
        </message>
        <message>
            <source>Christmas Island</source>
            <translation>Île Christmas</translation>
        </message>
        <message>
            <source>Cyprus</source>
            <translation>Chypre</translation>
        </message>
        <message>
            <source>Czechia</source>
            <translation>Tchéquie</translation>
        </message>
        <message>
            <source>Germany</source>
            <translation>Allemagne</translation>
        </message>
        <message>
            <source>Djibouti</source>
            <translation>Djibouti</translation>
        </message>
        <message>
            <source>Denmark</source>
            <translation>Danemark</translation>
        </message>
        <message>
            <source>Dominica</source>
            <translation>Dominique</translation>
        </message>
        <message>
            <source>Dominican Republic</source>
            <translation>République dominicaine</translation>
        </message>
        <message>
            <source>Algeria</source>
            <translation>Algérie</translation>
        </message>
        <message>
            <source>Ecuador</source>
            <translation>Équateur</translation>
        </message>
        <message>
            <source>Estonia</source>
            <translation>Estonie</translation>
        </message>
        <message>
            <source>Egypt</source>
            <translation>Égypte</translation>
        </message>
        <message>
            <source>Western Sahara</source>
            <translation>Sahara occidental</translation>
        </message>
        <message>
            <source>Eritrea</source>
            <translation>Érythrée</translation>
        </message>
        <message>
            <source>Spain</source>
            <translation>Espagne</translation>
        </message>
        <message>
            <source>Ethiopia</source>
            <translation>Éthiopie</translation>
        </message>
        <message>
            <source>Finland</source>
            <translation>Finlande</translation>
        </message>
        <message>
            <source>Fiji</source>
            <translation>Fidji</translation>
        </message>
        <message>
            <source>Falkland Islands</source>
            <translation>Îles Malouines</translation>
        </message>
        <message>
            <source>Micronesia</source>
            <translation>Micronésie</translation>
        </message>
        <message>
            <source>Faroe Islands</source>
            <translation>Îles Féroé</translation>
        </message>
        <message>
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>Gabon</source>
            <translation>Gabon</translation>
        </message>
        <message>
            <source>United Kingdom</source>
            <translation>Royaume-Uni</translation>
        </message>
        <message>
            <source>Grenada</source>
            <translation>Grenade</translation>
        </message>
        <message>
            <source>Georgia</source>
            <translation>Géorgie</translation>
        </message>
        <message>
            <source>French Guiana</source>
            <translation>Guyane française</translation>
        </message>
        <message>
            <source>Guernsey</source>
            <translation>Guernesey</translation>
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
            <translation>Gambie</translation>
        </message>
        <message>
            <source>Guinea</source>
            <translation>Guinée</translation>
        </message>
        <message>
            <source>Guadeloupe</source>
            <translation>Guadeloupe</translation>
        </message>
        <message>
            <source>Equatorial Guinea</source>
            <translation>Guinée équatoriale</translation>
        </message>
        <message>
            <source>Greece</source>
            <translation>Grèce</translation>
        </message>
        <message>
            <source>South Georgia &amp; South Sandwich Islands</source>
            <translation>Géorgie du Sud-et-les Îles Sandwich du Sud</translation>
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
            <translation>Guinée-Bissau</translation>
        </message>
        <message>
            <source>Guyana</source>
            <translation>Guyana</translation>
        </message>
        <message>
            <source>Hong Kong SAR China</source>
            <translation>R.A.S. chinoise de Hong Kong</translation>
        </message>
        <message>
            <source>Heard &amp; McDonald Islands</source>
            <translation>Îles Heard-et-MacDonald</translation>
        </message>
        <message>
            <source>Honduras</source>
            <translation>Honduras</translation>
        </message>
        <message>
            <source>Croatia</source>
            <translation>Croatie</translation>
        </message>
        <message>
            <source>Haiti</source>
            <translation>Haïti</translation>
        </message>
        <message>
            <source>Hungary</source>
            <translation>Hongrie</translation>
        </message>
        <message>
            <source>Indonesia</source>
            <translation>Indonésie</translation>
        </message>
        <message>
            <source>Ireland</source>
            <translation>Irlande</translation>
        </message>
        <message>
            <source>Israel</source>
            <translation>Israël</translation>
        </message>
        <message>
            <source>Isle of Man</source>
            <translation>Île de Man</translation>
        </message>
        <message>
            <source>India</source>
            <translation>Inde</translation>
        </message>
        <message>
            <source>British Indian Ocean Territory</source>
            <translation>Territoire britannique de l’océan Indien</translation>
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
            <translation>Islande</translation>
        </message>
        <message>
            <source>Italy</source>
            <translation>Italie</translation>
        </message>
        <message>
            <source>Jersey</source>
            <translation>Jersey</translation>
        </message>
        <message>
            <source>Jamaica</source>
            <translation>Jamaïque</translation>
        </message>
        <message>
            <source>Jordan</source>
            <translation>Jordanie</translation>
        </message>
        <message>
            <source>Japan</source>
            <translation>Japon</translation>
        </message>
        <message>
            <source>Kenya</source>
            <translation>Kenya</translation>
        </message>
        <message>
            <source>Kyrgyzstan</source>
            <translation>Kirghizstan</translation>
        </message>
        <message>
            <source>Cambodia</source>
            <translation>Cambodge</translation>
        </message>
        <message>
            <source>Kiribati</source>
            <translation>Kiribati</translation>
        </message>
        <message>
            <source>Comoros</source>
            <translation>Comores</translation>
        </message>
        <message>
            <source>St. Kitts &amp; Nevis</source>
            <translation>Saint-Christophe-et-Niévès</translation>
        </message>
        <message>
            <source>North Korea</source>
            <translation>Corée du Nord</translation>
        </message>
        <message>
            <source>South Korea</source>
            <translation>Corée du Sud</translation>
        </message>
        <message>
            <source>Kuwait</source>
            <translation>Koweït</translation>
        </message>
        <message>
            <source>Cayman Islands</source>
            <translation>Îles Caïmans</translation>
        </message>
        <message>
            <source>Kazakhstan</source>
            <translation>Kazakhstan</translation>
        </message>
        <message>
            <source>Laos</source>
            <translation>Laos</translation>
        </message>
        <message>
            <source>Lebanon</source>
            <translation>Liban</translation>
        </message>
        <message>
            <source>St. Lucia</source>
            <translation>Sainte-Lucie</translation>
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
            <translation>Lituanie</translation>
        </message>
        <message>
            <source>Luxembourg</source>
            <translation>Luxembourg</translation>
        </message>
        <message>
            <source>Latvia</source>
            <translation>Lettonie</translation>
        </message>
        <message>
            <source>Libya</source>
            <translation>Libye</translation>
        </message>
        <message>
            <source>Morocco</source>
            <translation>Maroc</translation>
        </message>
        <message>
            <source>Monaco</source>
            <translation>Monaco</translation>
        </message>
        <message>
            <source>Moldova</source>
            <translation>Moldavie</translation>
        </message>
        <message>
            <source>Montenegro</source>
            <translation>Monténégro</translation>
        </message>
        <message>
            <source>St. Martin</source>
            <translation>Saint-Martin</translation>
        </message>
        <message>
            <source>Madagascar</source>
            <translation>Madagascar</translation>
        </message>
        <message>
            <source>Marshall Islands</source>
            <translation>Îles Marshall</translation>
        </message>
        <message>
            <source>North Macedonia</source>
            <translation>Macédoine du Nord</translation>
        </message>
        <message>
            <source>Mali</source>
            <translation>Mali</translation>
        </message>
        <message>
            <source>Myanmar (Burma)</source>
            <translation>Myanmar (Birmanie)</translation>
        </message>
        <message>
            <source>Mongolia</source>
            <translation>Mongolie</translation>
        </message>
        <message>
            <source>Macao SAR China</source>
            <translation>R.A.S. chinoise de Macao</translation>
        </message>
        <message>
            <source>Northern Mariana Islands</source>
            <translation>Îles Mariannes du Nord</translation>
        </message>
        <message>
            <source>Martinique</source>
            <translation>Martinique</translation>
        </message>
        <message>
            <source>Mauritania</source>
            <translation>Mauritanie</translation>
        </message>
        <message>
            <source>Montserrat</source>
            <translation>Montserrat</translation>
        </message>
        <message>
            <source>Malta</source>
            <translation>Malte</translation>
        </message>
        <message>
            <source>Mauritius</source>
            <translation>Maurice</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>Maldives</translation>
        </message>
        <message>
            <source>Malawi</source>
            <translation>Malawi</translation>
        </message>
        <message>
            <source>Mexico</source>
            <translation>Mexique</translation>
        </message>
        <message>
            <source>Malaysia</source>
            <translation>Malaisie</translation>
        </message>
        <message>
            <source>Mozambique</source>
            <translation>Mozambique</translation>
        </message>
        <message>
            <source>Namibia</source>
            <translation>Namibie</translation>
        </message>
        <message>
            <source>New Caledonia</source>
            <translation>Nouvelle-Calédonie</translation>
        </message>
        <message>
            <source>Niger</source>
            <translation>Niger</translation>
        </message>
        <message>
            <source>Norfolk Island</source>
            <translation>Île Norfolk</translation>
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
            <translation>Pays-Bas</translation>
        </message>
        <message>
            <source>Norway</source>
            <translation>Norvège</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>Népal</translation>
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
            <translation>Nouvelle-Zélande</translation>
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
            <translation>Pérou</translation>
        </message>
        <message>
            <source>French Polynesia</source>
            <translation>Polynésie française</translation>
        </message>
        <message>
            <source>Papua New Guinea</source>
            <translation>Papouasie-Nouvelle-Guinée</translation>
        </message>
        <message>
            <source>Philippines</source>
            <translation>Philippines</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>Pakistan</translation>
        </message>
        <message>
            <source>Poland</source>
            <translation>Pologne</translation>
        </message>
        <message>
            <source>St. Pierre &amp; Miquelon</source>
            <translation>Saint-Pierre-et-Miquelon</translation>
        </message>
        <message>
            <source>Pitcairn Islands</source>
            <translation>Îles Pitcairn</translation>
        </message>
        <message>
            <source>Puerto Rico</source>
            <translation>Porto Rico</translation>
        </message>
        <message>
            <source>Palestinian Territories</source>
            <translation>Territoires palestiniens</translation>
        </message>
        <message>
            <source>Portugal</source>
            <translation>Portugal</translation>
        </message>
        <message>
            <source>Palau</source>
            <translation>Palaos</translation>
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
            <translation>La Réunion</translation>
        </message>
        <message>
            <source>Romania</source>
            <translation>Roumanie</translation>
        </message>
        <message>
            <source>Serbia</source>
            <translation>Serbie</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Russie</translation>
        </message>
        <message>
            <source>Rwanda</source>
            <translation>Rwanda</translation>
        </message>
        <message>
            <source>Saudi Arabia</source>
            <translation>Arabie saoudite</translation>
        </message>
        <message>
            <source>Solomon Islands</source>
            <translation>Îles Salomon</translation>
        </message>
        <message>
            <source>Seychelles</source>
            <translation>Seychelles</translation>
        </message>
        <message>
            <source>Sudan</source>
            <translation>Soudan</translation>
        </message>
        <message>
            <source>Sweden</source>
            <translation>Suède</translation>
        </message>
        <message>
            <source>Singapore</source>
            <translation>Singapour</translation>
        </message>
        <message>
            <source>St. Helena</source>
            <translation>Sainte-Hélène</translation>
        </message>
        <message>
            <source>Slovenia</source>
            <translation>Slovénie</translation>
        </message>
        <message>
            <source>Svalbard &amp; Jan Mayen</source>
            <translation>Svalbard et Jan Mayen</translation>
        </message>
        <message>
            <source>Slovakia</source>
            <translation>Slovaquie</translation>
        </message>
        <message>
            <source>Sierra Leone</source>
            <translation>Sierra Leone</translation>
        </message>
        <message>
            <source>San Marino</source>
            <translation>Saint-Marin</translation>
        </message>
        <message>
            <source>Senegal</source>
            <translation>Sénégal</translation>
        </message>
        <message>
            <source>Somalia</source>
            <translation>Somalie</translation>
        </message>
        <message>
            <source>Suriname</source>
            <translation>Suriname</translation>
        </message>
        <message>
            <source>South Sudan</source>
            <translation>Soudan du Sud</translation>
        </message>
        <message>
            <source>São Tomé &amp; Príncipe</source>
            <translation>Sao Tomé-et-Principe</translation>
        </message>
        <message>
            <source>El Salvador</source>
            <translation>Salvador</translation>
        </message>
        <message>
            <source>Sint Maarten</source>
            <translation>Saint-Martin (partie néerlandaise)</translation>
        </message>
        <message>
            <source>Syria</source>
            <translation>Syrie</translation>
        </message>
        <message>
            <source>Eswatini</source>
            <translation>Eswatini</translation>
        </message>
        <message>
            <source>Turks &amp; Caicos Islands</source>
            <translation>Îles Turques-et-Caïques</translation>
        </message>
        <message>
            <source>Chad</source>
            <translation>Tchad</translation>
        </message>
        <message>
            <source>French Southern Territories</source>
            <translation>Terres australes françaises</translation>
        </message>
        <message>
            <source>Togo</source>
            <translation>Togo</translation>
        </message>
        <message>
            <source>Thailand</source>
            <translation>Thaïlande</translation>
        </message>
        <message>
            <source>Tajikistan</source>
            <translation>Tadjikistan</translation>
        </message>
        <message>
            <source>Tokelau</source>
            <translation>Tokelau</translation>
        </message>
        <message>
            <source>Timor-Leste</source>
            <translation>Timor oriental</translation>
        </message>
        <message>
            <source>Turkmenistan</source>
            <translation>Turkménistan</translation>
        </message>
        <message>
            <source>Tunisia</source>
            <translation>Tunisie</translation>
        </message>
        <message>
            <source>Tonga</source>
            <translation>Tonga</translation>
        </message>
        <message>
            <source>Türkiye</source>
            <translation>Turquie</translation>
        </message>
        <message>
            <source>Trinidad &amp; Tobago</source>
            <translation>Trinité-et-Tobago</translation>
        </message>
        <message>
            <source>Tuvalu</source>
            <translation>Tuvalu</translation>
        </message>
        <message>
            <source>Taiwan</source>
            <translation>Taïwan</translation>
        </message>
        <message>
            <source>Tanzania</source>
            <translation>Tanzanie</translation>
        </message>
        <message>
            <source>Ukraine</source>
            <translation>Ukraine</translation>
        </message>
        <message>
            <source>Uganda</source>
            <translation>Ouganda</translation>
        </message>
        <message>
            <source>U.S. Outlying Islands</source>
            <translation>Îles mineures éloignées des États-Unis</translation>
        </message>
        <message>
            <source>United States</source>
            <translation>États-Unis</translation>
        </message>
        <message>
            <source>Uruguay</source>
            <translation>Uruguay</translation>
        </message>
        <message>
            <source>Uzbekistan</source>
            <translation>Ouzbékistan</translation>
        </message>
        <message>
            <source>Vatican City</source>
            <translation>État de la Cité du Vatican</translation>
        </message>
        <message>
            <source>St. Vincent &amp; Grenadines</source>
            <translation>Saint-Vincent-et-les Grenadines</translation>
        </message>
        <message>
            <source>Venezuela</source>
            <translation>Venezuela</translation>
        </message>
        <message>
            <source>British Virgin Islands</source>
            <translation>Îles Vierges britanniques</translation>
        </message>
        <message>
            <source>U.S. Virgin Islands</source>
            <translation>Îles Vierges des États-Unis</translation>
        </message>
        <message>
            <source>Vietnam</source>
            <translation>Viêt Nam</translation>
        </message>
        <message>
            <source>Vanuatu</source>
            <translation>Vanuatu</translation>
        </message>
        <message>
            <source>Wallis &amp; Futuna</source>
            <translation>Wallis-et-Futuna</translation>
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
            <translation>Yémen</translation>
        </message>
        <message>
            <source>Mayotte</source>
            <translation>Mayotte</translation>
        </message>
        <message>
            <source>South Africa</source>
            <translation>Afrique du Sud</translation>
        </message>
        <message>
            <source>Zambia</source>
            <translation>Zambie</translation>
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
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>Home town</source>
            <translation>Notre commune</translation>
        </message>
        <message>
            <source>Partner town</source>
            <translation>Commune partenaire</translation>
        </message>
        <message>
            <source>Partner time zone</source>
            <translation>Fuseau horaire du partenaire</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Heures de travail</translation>
        </message>
        <message>
            <source>{start}–{end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>Week-end</translation>
        </message>
        <message>
            <source>Own days off</source>
            <translation>Jours de congé propres</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>Something went wrong: {error}. Details are in the log file.</source>
            <extracomment>Error attributes that hold a mission's status values.</extracomment>
            <translation>Un problème est survenu : {error}. Les détails figurent dans le fichier journal.</translation>
        </message>
        <message>
            <source>Jumelage could not do this.</source>
            <translation>Jumelage n'a pas pu effectuer cette opération.</translation>
        </message>
        <message>
            <source>Jumelage could not do this with what it was given.</source>
            <translation>Jumelage n'a pas pu effectuer cette opération avec les données fournies.</translation>
        </message>
        <message>
            <source>There is a problem with the database {path}.</source>
            <translation>La base de données {path} présente un problème.</translation>
        </message>
        <message>
            <source>{field} is not valid.</source>
            <translation>Le champ « {field} » n'est pas valide.</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>Le champ « {field} » est obligatoire.</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters.</source>
            <translation>Le champ « {field} » dépasse la limite de {limit} caractères.</translation>
        </message>
        <message>
            <source>{field}: the end ({end}) is before the start ({start}).</source>
            <translation>{field} : la fin ({end}) précède le début ({start}).</translation>
        </message>
        <message>
            <source>{field}: '{name}' is not a known time zone.</source>
            <translation>{field} : « {name} » n'est pas un fuseau horaire connu.</translation>
        </message>
        <message>
            <source>{field}: {value} has no time zone.</source>
            <translation>{field} : {value} n'a pas de fuseau horaire.</translation>
        </message>
        <message>
            <source>{field}: {wall} does not exist in {zone} (the clocks skip it for summer time).</source>
            <translation>{field} : {wall} n'existe pas dans le fuseau {zone} (cette heure est sautée lors du passage à l'heure d'été).</translation>
        </message>
        <message>
            <source>{field}: the amount {amount} is negative.</source>
            <translation>{field} : le montant {amount} est négatif.</translation>
        </message>
        <message>
            <source>{field}: '{value}' is not a number.</source>
            <translation>{field} : « {value} » n'est pas un nombre.</translation>
        </message>
        <message>
            <source>{field}: '{code}' is not a supported currency.</source>
            <translation>{field} : « {code} » n'est pas une devise prise en charge.</translation>
        </message>
        <message>
            <source>{field}: '{code}' is not an ISO 3166-1 country code.</source>
            <translation>{field} : « {code} » n'est pas un code de pays ISO 3166-1.</translation>
        </message>
        <message>
            <source>{field}: '{value}' is not one of {choices}.</source>
            <translation>{field} : « {value} » ne fait pas partie des valeurs possibles ({choices}).</translation>
        </message>
        <message>
            <source>{field}: working hours must start before they end.</source>
            <translation>{field} : les heures de travail doivent commencer avant de se terminer.</translation>
        </message>
        <message>
            <source>{field}: '{value}' is not an e-mail address.</source>
            <translation>{field} : « {value} » n'est pas une adresse e-mail.</translation>
        </message>
        <message>
            <source>{field}: '{value}' is not a colour like #1f77b4.</source>
            <translation>{field} : « {value} » n'est pas une couleur au format #1f77b4.</translation>
        </message>
        <message>
            <source>{field}: a town cannot be its own partner ({town}).</source>
            <translation>{field} : une commune ne peut pas être sa propre partenaire ({town}).</translation>
        </message>
        <message>
            <source>{field}: {goal} is not a Sustainable Development Goal (1 to 17).</source>
            <translation>{field} : {goal} n'est pas un objectif de développement durable (de 1 à 17).</translation>
        </message>
        <message>
            <source>{field}: a mission cannot go from {current} to {requested}; allowed: {allowed}.</source>
            <translation>{field} : une mission ne peut pas passer du statut {current} au statut {requested} ; statuts possibles : {allowed}.</translation>
        </message>
        <message>
            <source>{field}: a budget line belongs to one mission or one partnership.</source>
            <translation>{field} : une ligne budgétaire appartient soit à une mission, soit à un partenariat.</translation>
        </message>
        <message>
            <source>No {kind} with the key {key}.</source>
            <translation>Aucun élément de type « {kind} » ne porte la clé {key}.</translation>
        </message>
        <message>
            <source>This {kind} was changed elsewhere after you opened it (version {current_version}, yours {expected_version}); reload it and try again.</source>
            <translation>Cet élément ({kind}) a été modifié ailleurs après que vous l'avez ouvert (version {current_version}, la vôtre : {expected_version}) ; rechargez-le et réessayez.</translation>
        </message>
        <message>
            <source>This {kind} was changed elsewhere while you were saving; reload it and try again.</source>
            <translation>Cet élément ({kind}) a été modifié ailleurs pendant l'enregistrement ; rechargez-le et réessayez.</translation>
        </message>
        <message>
            <source>This {kind} is still used by {count} {referenced_by}.</source>
            <translation>Cet élément ({kind}) est encore utilisé ({count} {referenced_by}).</translation>
        </message>
        <message>
            <source>A {kind} named '{name}' already exists.</source>
            <translation>Un élément de type « {kind} » nommé « {name} » existe déjà.</translation>
        </message>
        <message>
            <source>No {kind} matches '{query}'. Known: {candidates}.</source>
            <translation>Aucun élément de type « {kind} » ne correspond à « {query} ». Éléments connus : {candidates}.</translation>
        </message>
        <message>
            <source>'{query}' matches several {kind}s: {candidates}.</source>
            <translation>« {query} » correspond à plusieurs éléments de type « {kind} » : {candidates}.</translation>
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation>Il n'y a pas de base de données à l'emplacement {path}.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another file or pass --force.</source>
            <translation>{path} existe déjà ; choisissez un autre fichier ou utilisez l'option --force.</translation>
        </message>
        <message>
            <source>The folder of {path} does not exist.</source>
            <translation>Le dossier de {path} n'existe pas.</translation>
        </message>
        <message>
            <source>{path} is not a Jumelage database ({detail}).</source>
            <translation>{path} n'est pas une base de données Jumelage ({detail}).</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({detail}).</source>
            <translation>La base de données {path} est endommagée ({detail}).</translation>
        </message>
        <message>
            <source>{path} was written by a newer version of Jumelage (schema {revision}); update Jumelage to open it. The file was not changed.</source>
            <translation>{path} a été créé par une version plus récente de Jumelage (schéma {revision}) ; mettez Jumelage à jour pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>{path} uses an older schema ({revision}); open it in the Jumelage app to upgrade it (a backup is made first). The file was not changed.</source>
            <translation>{path} utilise un ancien schéma ({revision}) ; ouvrez-le dans l'application Jumelage pour le mettre à jour (une sauvegarde est faite d'abord). Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>{path} is an SQLite file but not a Jumelage database.</source>
            <translation>{path} est un fichier SQLite, mais pas une base de données Jumelage.</translation>
        </message>
        <message>
            <source>Upgrading {path} failed ({detail}); the database was restored as it was before.</source>
            <translation>La mise à jour de {path} a échoué ({detail}) ; la base de données a été remise dans son état antérieur.</translation>
        </message>
        <message>
            <source>{path} is already open in another Jumelage ({holder}).</source>
            <translation>{path} est déjà ouvert dans une autre instance de Jumelage ({holder}).</translation>
        </message>
        <message>
            <source>{path} is read-only; Jumelage cannot save there.</source>
            <translation>{path} est en lecture seule ; Jumelage ne peut pas y enregistrer.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full; nothing was saved.</source>
            <translation>Le disque contenant {path} est plein ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>{path} cannot be reached ({detail}).</source>
            <translation>{path} est inaccessible ({detail}).</translation>
        </message>
        <message>
            <source>The backup of {path} to {target} failed ({detail}).</source>
            <translation>La sauvegarde de {path} vers {target} a échoué ({detail}).</translation>
        </message>
        <message>
            <source>The calendar file {source} cannot be used.</source>
            <translation>Le fichier de calendrier {source} ne peut pas être utilisé.</translation>
        </message>
        <message>
            <source>There is no calendar file {source}.</source>
            <translation>Le fichier de calendrier {source} n'existe pas.</translation>
        </message>
        <message>
            <source>The calendar file {source} cannot be read ({detail}).</source>
            <translation>Le fichier de calendrier {source} ne peut pas être lu ({detail}).</translation>
        </message>
        <message>
            <source>{source} is too large to be a calendar ({size} bytes; Jumelage reads files up to {limit} bytes). Nothing was imported.</source>
            <translation>{source} est trop volumineux pour un calendrier ({size} octets ; Jumelage lit des fichiers jusqu'à {limit} octets). Rien n'a été importé.</translation>
        </message>
        <message>
            <source>{source} is not an iCalendar file (it does not start with BEGIN:VCALENDAR). Nothing was imported.</source>
            <translation>{source} n'est pas un fichier iCalendar (il ne commence pas par BEGIN:VCALENDAR). Rien n'a été importé.</translation>
        </message>
        <message>
            <source>{source} holds binary data (NUL bytes on line {line}), not calendar text. Nothing was imported.</source>
            <translation>{source} contient des données binaires (octets NUL à la ligne {line}), pas un calendrier. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>Line {line} of {source} is not an iCalendar line (NAME:value). Nothing was imported.</source>
            <translation>La ligne {line} de {source} n'est pas une ligne iCalendar (NOM:valeur). Rien n'a été importé.</translation>
        </message>
        <message>
            <source>{source} nests components more than {limit} deep (line {line}). Nothing was imported.</source>
            <translation>{source} imbrique des composants sur plus de {limit} niveaux (ligne {line}). Rien n'a été importé.</translation>
        </message>
        <message>
            <source>{source} holds more than {limit} components; Jumelage reads at most {limit}. Nothing was imported.</source>
            <translation>{source} contient plus de {limit} composants ; Jumelage en lit au plus {limit}. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>{source} holds no events. Nothing was imported.</source>
            <translation>{source} ne contient aucun événement. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>Say which partnership {source} belongs to; it could be any of: {candidates}.</source>
            <translation>Indiquez à quel partenariat appartient {source} ; il peut s'agir de : {candidates}.</translation>
        </message>
        <message>
            <source>The folder for {source} does not exist; nothing was written.</source>
            <translation>Le dossier de {source} n'existe pas ; rien n'a été écrit.</translation>
        </message>
        <message>
            <source>{source} could not be written ({detail}); nothing was changed.</source>
            <translation>{source} n'a pas pu être écrit ({detail}) ; rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Actual amount</source>
            <extracomment>The labels of the field names the domain's and the services' errors use.</extracomment>
            <translation>Montant réel</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Date of the rate</source>
            <translation>Date du taux</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Couleur</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Days off</source>
            <translation>Jours de congé</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Kind of entry</source>
            <translation>Type d'élément</translation>
        </message>
        <message>
            <source>First meeting</source>
            <translation>Première réunion</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Réunion de suivi</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Home town</source>
            <translation>Notre commune</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Internal notes</source>
            <translation>Notes internes</translation>
        </message>
        <message>
            <source>Join link</source>
            <translation>Lien de connexion</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Procès-verbal</translation>
        </message>
        <message>
            <source>Minutes lost</source>
            <translation>Minutes perdues</translation>
        </message>
        <message>
            <source>Mode of travel</source>
            <translation>Mode de transport</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Mission or partnership</source>
            <translation>Mission ou partenariat</translation>
        </message>
        <message>
            <source>Partner town</source>
            <translation>Commune partenaire</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>Rate per euro</source>
            <translation>Taux pour un euro</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Planned amount</source>
            <translation>Montant prévu</translation>
        </message>
        <message>
            <source>Call quality</source>
            <translation>Qualité de l'appel</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Répétition</translation>
        </message>
        <message>
            <source>Sustainable Development Goals</source>
            <translation>Objectifs de développement durable</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Série</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Décalage</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Holiday subdivision</source>
            <translation>Subdivision pour les jours fériés</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Commune</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Jusqu'au</translation>
        </message>
        <message>
            <source>Weekend</source>
            <translation>Week-end</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Heures de travail</translation>
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>Idea</source>
            <translation>Idée</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planifiée</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmée</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Terminée</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Faite</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Abandonnée</translation>
        </message>
        <message>
            <source>Exploring</source>
            <translation>En exploration</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>En sommeil</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <source>Our delegation travels</source>
            <translation>Notre délégation se déplace</translation>
        </message>
        <message>
            <source>The partner's delegation visits</source>
            <translation>La délégation partenaire nous rend visite</translation>
        </message>
        <message>
            <source>Head of delegation</source>
            <translation>Chef de délégation</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Elected official</source>
            <translation>Élu(e)</translation>
        </message>
        <message>
            <source>Video crew</source>
            <translation>Équipe vidéo</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Interprète</translation>
        </message>
        <message>
            <source>Civil-society volunteer</source>
            <translation>Bénévole de la société civile</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <source>Visa</source>
            <translation>Visa</translation>
        </message>
        <message>
            <source>Vaccination</source>
            <translation>Vaccination</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <source>Signed mission order</source>
            <translation>Ordre de mission signé</translation>
        </message>
        <message>
            <source>Air</source>
            <translation>Avion</translation>
        </message>
        <message>
            <source>Road</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Rail</source>
            <translation>Train</translation>
        </message>
        <message>
            <source>Boat</source>
            <translation>Bateau</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>Voyages</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>Hébergement</translation>
        </message>
        <message>
            <source>Per diem</source>
            <translation>Indemnités journalières</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Équipement</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invité(e)</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présent(e)</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excusé(e)</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent(e)</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Lundi</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Mardi</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Mercredi</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Jeudi</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Vendredi</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Samedi</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Dimanche</translation>
        </message>
        <message>
            <source>No Poverty</source>
            <translation>Pas de pauvreté</translation>
        </message>
        <message>
            <source>Zero Hunger</source>
            <translation>Faim « zéro »</translation>
        </message>
        <message>
            <source>Good Health and Well-being</source>
            <translation>Bonne santé et bien-être</translation>
        </message>
        <message>
            <source>Quality Education</source>
            <translation>Éducation de qualité</translation>
        </message>
        <message>
            <source>Gender Equality</source>
            <translation>Égalité entre les sexes</translation>
        </message>
        <message>
            <source>Clean Water and Sanitation</source>
            <translation>Eau propre et assainissement</translation>
        </message>
        <message>
            <source>Affordable and Clean Energy</source>
            <translation>Énergie propre et d'un coût abordable</translation>
        </message>
        <message>
            <source>Decent Work and Economic Growth</source>
            <translation>Travail décent et croissance économique</translation>
        </message>
        <message>
            <source>Industry, Innovation and Infrastructure</source>
            <translation>Industrie, innovation et infrastructure</translation>
        </message>
        <message>
            <source>Reduced Inequalities</source>
            <translation>Inégalités réduites</translation>
        </message>
        <message>
            <source>Sustainable Cities and Communities</source>
            <translation>Villes et communautés durables</translation>
        </message>
        <message>
            <source>Responsible Consumption and Production</source>
            <translation>Consommation et production responsables</translation>
        </message>
        <message>
            <source>Climate Action</source>
            <translation>Mesures relatives à la lutte contre les changements climatiques</translation>
        </message>
        <message>
            <source>Life Below Water</source>
            <translation>Vie aquatique</translation>
        </message>
        <message>
            <source>Life on Land</source>
            <translation>Vie terrestre</translation>
        </message>
        <message>
            <source>Peace, Justice and Strong Institutions</source>
            <translation>Paix, justice et institutions efficaces</translation>
        </message>
        <message>
            <source>Partnerships for the Goals</source>
            <translation>Partenariats pour la réalisation des objectifs</translation>
        </message>
    </context>
    <context>
        <name>languages</name>
        <message>
            <source>Afar</source>
            <translation>afar</translation>
        </message>
        <message>
            <source>Abkhazian</source>
            <translation>abkhaze</translation>
        </message>
        <message>
            <source>Avestan</source>
            <translation>avestique</translation>
        </message>
        <message>
            <source>Afrikaans</source>
            <translation>afrikaans</translation>
        </message>
        <message>
            <source>Akan</source>
            <translation>akan</translation>
        </message>
        <message>
            <source>Amharic</source>
            <translation>amharique</translation>
        </message>
        <message>
            <source>Aragonese</source>
            <translation>aragonais</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>arabe</translation>
        </message>
        <message>
            <source>Assamese</source>
            <translation>assamais</translation>
        </message>
        <message>
            <source>Avaric</source>
            <translation>avar</translation>
        </message>
        <message>
            <source>Aymara</source>
            <translation>aymara</translation>
        </message>
        <message>
            <source>Azerbaijani</source>
            <translation>azerbaïdjanais</translation>
        </message>
        <message>
            <source>Bashkir</source>
            <translation>bachkir</translation>
        </message>
        <message>
            <source>Belarusian</source>
            <translation>biélorusse</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <translation>bulgare</translation>
        </message>
        <message>
            <source>Bislama</source>
            <translation>bichelamar</translation>
        </message>
        <message>
            <source>Bambara</source>
            <translation>bambara</translation>
        </message>
        <message>
            <source>Bangla</source>
            <translation>bengali</translation>
        </message>
        <message>
            <source>Tibetan</source>
            <translation>tibétain</translation>
        </message>
        <message>
            <source>Breton</source>
            <translation>breton</translation>
        </message>
        <message>
            <source>Bosnian</source>
            <translation>bosniaque</translation>
        </message>
        <message>
            <source>Catalan</source>
            <translation>catalan</translation>
        </message>
        <message>
            <source>Chechen</source>
            <translation>tchétchène</translation>
        </message>
        <message>
            <source>Chamorro</source>
            <translation>chamorro</translation>
        </message>
        <message>
            <source>Corsican</source>
            <translation>corse</translation>
        </message>
        <message>
            <source>Cree</source>
            <translation>cree</translation>
        </message>
        <message>
            <source>Czech</source>
            <translation>tchèque</translation>
        </message>
        <message>
            <source>Church Slavic</source>
            <translation>slavon d’église</translation>
        </message>
        <message>
            <source>Chuvash</source>
            <translation>tchouvache</translation>
        </message>
        <message>
            <source>Welsh</source>
            <translation>gallois</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>danois</translation>
        </message>
        <message>
            <source>German</source>
            <translation>allemand</translation>
        </message>
        <message>
            <source>Divehi</source>
            <translation>maldivien</translation>
        </message>
        <message>
            <source>Dzongkha</source>
            <translation>dzongkha</translation>
        </message>
        <message>
            <source>Ewe</source>
            <translation>éwé</translation>
        </message>
        <message>
            <source>Greek</source>
            <translation>grec</translation>
        </message>
        <message>
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <source>Esperanto</source>
            <translation>espéranto</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>espagnol</translation>
        </message>
        <message>
            <source>Estonian</source>
            <translation>estonien</translation>
        </message>
        <message>
            <source>Basque</source>
            <translation>basque</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>persan</translation>
        </message>
        <message>
            <source>Fula</source>
            <translation>peul</translation>
        </message>
        <message>
            <source>Finnish</source>
            <translation>finnois</translation>
        </message>
        <message>
            <source>Fijian</source>
            <translation>fidjien</translation>
        </message>
        <message>
            <source>Faroese</source>
            <translation>féroïen</translation>
        </message>
        <message>
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <source>Western Frisian</source>
            <translation>frison occidental</translation>
        </message>
        <message>
            <source>Irish</source>
            <translation>irlandais</translation>
        </message>
        <message>
            <source>Scottish Gaelic</source>
            <translation>gaélique écossais</translation>
        </message>
        <message>
            <source>Galician</source>
            <translation>galicien</translation>
        </message>
        <message>
            <source>Guarani</source>
            <translation>guarani</translation>
        </message>
        <message>
            <source>Gujarati</source>
            <translation>goudjarati</translation>
        </message>
        <message>
            <source>Manx</source>
            <translation>mannois</translation>
        </message>
        <message>
            <source>Hausa</source>
            <translation>haoussa</translation>
        </message>
        <message>
            <source>Hebrew</source>
            <translation>hébreu</translation>
        </message>
        <message>
            <source>Hindi</source>
            <translation>hindi</translation>
        </message>
        <message>
            <source>Hiri Motu</source>
            <translation>hiri motu</translation>
        </message>
        <message>
            <source>Croatian</source>
            <translation>croate</translation>
        </message>
        <message>
            <source>Haitian Creole</source>
            <translation>créole haïtien</translation>
        </message>
        <message>
            <source>Hungarian</source>
            <translation>hongrois</translation>
        </message>
        <message>
            <source>Armenian</source>
            <translation>arménien</translation>
        </message>
        <message>
            <source>Herero</source>
            <translation>héréro</translation>
        </message>
        <message>
            <source>Interlingua</source>
            <translation>interlingua</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>indonésien</translation>
        </message>
        <message>
            <source>Interlingue</source>
            <translation>interlingue</translation>
        </message>
        <message>
            <source>Igbo</source>
            <translation>igbo</translation>
        </message>
        <message>
            <source>Sichuan Yi</source>
            <translation>yi du Sichuan</translation>
        </message>
        <message>
            <source>Inupiaq</source>
            <translation>inupiaq</translation>
        </message>
        <message>
            <source>Ido</source>
            <translation>ido</translation>
        </message>
        <message>
            <source>Icelandic</source>
            <translation>islandais</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>italien</translation>
        </message>
        <message>
            <source>Inuktitut</source>
            <translation>inuktitut</translation>
        </message>
        <message>
            <source>Japanese</source>
            <translation>japonais</translation>
        </message>
        <message>
            <source>Javanese</source>
            <translation>javanais</translation>
        </message>
        <message>
            <source>Georgian</source>
            <translation>géorgien</translation>
        </message>
        <message>
            <source>Kongo</source>
            <translation>kikongo</translation>
        </message>
        <message>
            <source>Kikuyu</source>
            <translation>kikuyu</translation>
        </message>
        <message>
            <source>Kuanyama</source>
            <translation>kuanyama</translation>
        </message>
        <message>
            <source>Kazakh</source>
            <translation>kazakh</translation>
        </message>
        <message>
            <source>Kalaallisut</source>
            <translation>groenlandais</translation>
        </message>
        <message>
            <source>Khmer</source>
            <translation>khmer</translation>
        </message>
        <message>
            <source>Kannada</source>
            <translation>kannada</translation>
        </message>
        <message>
            <source>Korean</source>
            <translation>coréen</translation>
        </message>
        <message>
            <source>Kanuri</source>
            <translation>kanouri</translation>
        </message>
        <message>
            <source>Kashmiri</source>
            <translation>cachemiri</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>kurde</translation>
        </message>
        <message>
            <source>Komi</source>
            <translation>komi</translation>
        </message>
        <message>
            <source>Cornish</source>
            <translation>cornique</translation>
        </message>
        <message>
            <source>Kyrgyz</source>
            <translation>kirghize</translation>
        </message>
        <message>
            <source>Latin</source>
            <translation>latin</translation>
        </message>
        <message>
            <source>Luxembourgish</source>
            <translation>luxembourgeois</translation>
        </message>
        <message>
            <source>Ganda</source>
            <translation>ganda</translation>
        </message>
        <message>
            <source>Limburgish</source>
            <translation>limbourgeois</translation>
        </message>
        <message>
            <source>Lingala</source>
            <translation>lingala</translation>
        </message>
        <message>
            <source>Lao</source>
            <translation>lao</translation>
        </message>
        <message>
            <source>Lithuanian</source>
            <translation>lituanien</translation>
        </message>
        <message>
            <source>Luba-Katanga</source>
            <translation>luba-katanga (kiluba)</translation>
        </message>
        <message>
            <source>Latvian</source>
            <translation>letton</translation>
        </message>
        <message>
            <source>Malagasy</source>
            <translation>malgache</translation>
        </message>
        <message>
            <source>Marshallese</source>
            <translation>marshallais</translation>
        </message>
        <message>
            <source>Māori</source>
            <translation>maori</translation>
        </message>
        <message>
            <source>Macedonian</source>
            <translation>macédonien</translation>
        </message>
        <message>
            <source>Malayalam</source>
            <translation>malayalam</translation>
        </message>
        <message>
            <source>Mongolian</source>
            <translation>mongol</translation>
        </message>
        <message>
            <source>Marathi</source>
            <translation>marathi</translation>
        </message>
        <message>
            <source>Malay</source>
            <translation>malais</translation>
        </message>
        <message>
            <source>Maltese</source>
            <translation>maltais</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>birman</translation>
        </message>
        <message>
            <source>Nauru</source>
            <translation>nauruan</translation>
        </message>
        <message>
            <source>Norwegian Bokmål</source>
            <translation>norvégien bokmål</translation>
        </message>
        <message>
            <source>North Ndebele</source>
            <translation>ndébélé du Nord</translation>
        </message>
        <message>
            <source>Nepali</source>
            <translation>népalais</translation>
        </message>
        <message>
            <source>Ndonga</source>
            <translation>ndonga</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>néerlandais</translation>
        </message>
        <message>
            <source>Norwegian Nynorsk</source>
            <translation>norvégien nynorsk</translation>
        </message>
        <message>
            <source>South Ndebele</source>
            <translation>ndébélé du Sud</translation>
        </message>
        <message>
            <source>Navajo</source>
            <translation>navajo</translation>
        </message>
        <message>
            <source>Nyanja</source>
            <translation>chewa</translation>
        </message>
        <message>
            <source>Occitan</source>
            <translation>occitan</translation>
        </message>
        <message>
            <source>Ojibwa</source>
            <translation>ojibwa</translation>
        </message>
        <message>
            <source>Oromo</source>
            <translation>oromo</translation>
        </message>
        <message>
            <source>Odia</source>
            <translation>odia</translation>
        </message>
        <message>
            <source>Ossetic</source>
            <translation>ossète</translation>
        </message>
        <message>
            <source>Punjabi</source>
            <translation>pendjabi</translation>
        </message>
        <message>
            <source>Pali</source>
            <translation>pali</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>polonais</translation>
        </message>
        <message>
            <source>Pashto</source>
            <translation>pachto</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>portugais</translation>
        </message>
        <message>
            <source>Quechua</source>
            <translation>quechua</translation>
        </message>
        <message>
            <source>Romansh</source>
            <translation>romanche</translation>
        </message>
        <message>
            <source>Rundi</source>
            <translation>roundi</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>roumain</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>russe</translation>
        </message>
        <message>
            <source>Kinyarwanda</source>
            <translation>kinyarwanda</translation>
        </message>
        <message>
            <source>Sanskrit</source>
            <translation>sanskrit</translation>
        </message>
        <message>
            <source>Sardinian</source>
            <translation>sarde</translation>
        </message>
        <message>
            <source>Sindhi</source>
            <translation>sindhi</translation>
        </message>
        <message>
            <source>Northern Sami</source>
            <translation>same du Nord</translation>
        </message>
        <message>
            <source>Sango</source>
            <translation>sango</translation>
        </message>
        <message>
            <source>Sinhala</source>
            <translation>cingalais</translation>
        </message>
        <message>
            <source>Slovak</source>
            <translation>slovaque</translation>
        </message>
        <message>
            <source>Slovenian</source>
            <translation>slovène</translation>
        </message>
        <message>
            <source>Samoan</source>
            <translation>samoan</translation>
        </message>
        <message>
            <source>Shona</source>
            <translation>shona</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>somali</translation>
        </message>
        <message>
            <source>Albanian</source>
            <translation>albanais</translation>
        </message>
        <message>
            <source>Serbian</source>
            <translation>serbe</translation>
        </message>
        <message>
            <source>Swati</source>
            <translation>swati</translation>
        </message>
        <message>
            <source>Southern Sotho</source>
            <translation>sotho du Sud</translation>
        </message>
        <message>
            <source>Sundanese</source>
            <translation>soundanais</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>suédois</translation>
        </message>
        <message>
            <source>Swahili</source>
            <translation>swahili</translation>
        </message>
        <message>
            <source>Tamil</source>
            <translation>tamoul</translation>
        </message>
        <message>
            <source>Telugu</source>
            <translation>télougou</translation>
        </message>
        <message>
            <source>Tajik</source>
            <translation>tadjik</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>thaï</translation>
        </message>
        <message>
            <source>Tigrinya</source>
            <translation>tigrigna</translation>
        </message>
        <message>
            <source>Turkmen</source>
            <translation>turkmène</translation>
        </message>
        <message>
            <source>Tswana</source>
            <translation>tswana</translation>
        </message>
        <message>
            <source>Tongan</source>
            <translation>tongien</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>turc</translation>
        </message>
        <message>
            <source>Tsonga</source>
            <translation>tsonga</translation>
        </message>
        <message>
            <source>Tatar</source>
            <translation>tatar</translation>
        </message>
        <message>
            <source>Tahitian</source>
            <translation>tahitien</translation>
        </message>
        <message>
            <source>Uyghur</source>
            <translation>ouïghour</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>ukrainien</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>ourdou</translation>
        </message>
        <message>
            <source>Uzbek</source>
            <translation>ouzbek</translation>
        </message>
        <message>
            <source>Venda</source>
            <translation>venda</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>vietnamien</translation>
        </message>
        <message>
            <source>Volapük</source>
            <translation>volapük</translation>
        </message>
        <message>
            <source>Walloon</source>
            <translation>wallon</translation>
        </message>
        <message>
            <source>Wolof</source>
            <translation>wolof</translation>
        </message>
        <message>
            <source>Xhosa</source>
            <translation>xhosa</translation>
        </message>
        <message>
            <source>Yiddish</source>
            <translation>yiddish</translation>
        </message>
        <message>
            <source>Yoruba</source>
            <translation>yoruba</translation>
        </message>
        <message>
            <source>Zhuang</source>
            <translation>zhuang</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>chinois</translation>
        </message>
        <message>
            <source>Zulu</source>
            <translation>zoulou</translation>
        </message>
    </context>
    <context>
        <name>mission</name>
        <message>
            <source>Planned {planned} · spent {actual} ({percent} %)</source>
            <translation>Prévu {planned} · dépensé {actual} ({percent} %)</translation>
        </message>
        <message>
            <source>Planned {planned} · spent {actual}</source>
            <translation>Prévu {planned} · dépensé {actual}</translation>
        </message>
        <message>
            <source>{usage}: over budget by {excess}</source>
            <translation>{usage} : dépassement de {excess}</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>Réel</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message>
            <source>{item}: in order</source>
            <translation>{item} : en ordre</translation>
        </message>
        <message>
            <source>{item}: missing</source>
            <translation>{item} : à fournir</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Still missing</source>
            <translation>Encore à fournir</translation>
        </message>
        <message>
            <source>✓ in order</source>
            <translation>✓ en ordre</translation>
        </message>
        <message>
            <source>✗ missing</source>
            <translation>✗ à fournir</translation>
        </message>
        <message>
            <source>{when} {place} ({offset})</source>
            <translation>{when} {place} ({offset})</translation>
        </message>
        <message>
            <source>= {time} in {town}</source>
            <translation>= {time} à {town}</translation>
        </message>
        <message>
            <source>= {when} in {town}</source>
            <translation>= {when} à {town}</translation>
        </message>
        <message>
            <source>Journey</source>
            <translation>Trajet</translation>
        </message>
        <message>
            <source>{origin}
→ {destination}</source>
            <translation>{origin}
→ {destination}</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
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
            <translation>en cours</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partenariat</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Checks</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Budget used (EUR)</source>
            <translation>Budget utilisé (EUR)</translation>
        </message>
        <message>
            <source>Spent / planned, converted to euros</source>
            <translation>Dépensé / prévu, converti en euros</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Missions</translation>
        </message>
        <message>
            <source>Show the missions of the partnership</source>
            <translation>Afficher les missions du partenariat</translation>
        </message>
        <message>
            <source>Show the missions with the status</source>
            <translation>Afficher les missions ayant le statut</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <source>Show the missions of the year</source>
            <translation>Afficher les missions de l'année</translation>
        </message>
        <message>
            <source>&amp;New Mission…</source>
            <translation>&amp;Nouvelle mission…</translation>
        </message>
        <message>
            <source>New mission</source>
            <translation>Nouvelle mission</translation>
        </message>
        <message>
            <source>Plan a new mission (Ctrl+N)</source>
            <translation>Planifier une nouvelle mission (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Partenariat :</translation>
        </message>
        <message>
            <source>St&amp;atus:</source>
            <translation>S&amp;tatut :</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>All partnerships</source>
            <translation>Tous les partenariats</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Toutes les années</translation>
        </message>
    </context>
    <context>
        <name>startup</name>
        <message>
            <source>Welcome to Jumelage</source>
            <extracomment>Test hook: with ``JUMELAGE_QUIT_AFTER_LOAD=1`` the app quits (exit code 0) as soon as the database is open and the Overview has its rows, or with exit code 2 when the database cannot be opened, instead of waiting for the user. Lets tests start the real program in a subprocess (tests/cli/test_app_start.py); nothing else reads it. Calendar files to preview for import once the database is open ("Open with"). Listens for calendar files another process hands over (jumelage.app.handoff). "day(s)", "box(es)", "entry(ies)": the word, a "y" the plural replaces, the plural ending.</extracomment>
            <translation>Bienvenue dans Jumelage</translation>
        </message>
        <message>
            <source>Jumelage created an empty database at {path}.

Load the demo partnerships (Anderlecht with Marsassoum, Zagora, a village near Nablus and Hammersmith &amp; Fulham) to look around?</source>
            <translation>Jumelage a créé une base de données vide : {path}.

Charger les partenariats de démonstration (Anderlecht avec Marsassoum, Zagora, un village près de Naplouse et Hammersmith &amp; Fulham) pour découvrir l'application ?</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Base de données endommagée</translation>
        </message>
        <message>
            <source>Restore the latest good backup ({backup})? The damaged file is kept beside it, not deleted.</source>
            <translation>Restaurer la dernière sauvegarde valide ({backup}) ? Le fichier endommagé est conservé à côté : il n'est pas supprimé.</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Impossible d'ouvrir la base de données</translation>
        </message>
    </context>
    <context>
        <name>ImportNotes</name>
        <message>
            <source>{subject}: line {detail} is not valid UTF-8; the unreadable bytes were replaced.</source>
            <translation>{subject} : la ligne {detail} n'est pas en UTF-8 valide ; les octets illisibles ont été remplacés.</translation>
        </message>
        <message>
            <source>{subject} is not UTF-8 (line {detail}); it was read as Windows-1252.</source>
            <translation>{subject} n'est pas en UTF-8 (ligne {detail}) ; il a été lu en Windows-1252.</translation>
        </message>
        <message>
            <source>{subject}: an END:{detail} without its BEGIN was ignored.</source>
            <translation>{subject} : un END:{detail} sans son BEGIN a été ignoré.</translation>
        </message>
        <message>
            <source>{subject}: a {detail} was not closed; it was left out.</source>
            <translation>{subject} : un bloc {detail} n'était pas fermé ; il a été écarté.</translation>
        </message>
        <message>
            <source>{subject} ends before END:VCALENDAR (cut off?); the events complete before the end were read.</source>
            <translation>{subject} se termine avant END:VCALENDAR (fichier tronqué ?) ; les événements complets avant cette fin ont été lus.</translation>
        </message>
        <message>
            <source>{subject}: {detail} line(s) had lost their fold and were joined back.</source>
            <translation>{subject} : {detail} ligne(s) avaient perdu leur marque de continuation et ont été recollées.</translation>
        </message>
        <message>
            <source>{subject}: {detail} broken line(s) of properties Jumelage does not use were left out.</source>
            <translation>{subject} : {detail} ligne(s) illisible(s) de propriétés que Jumelage n'utilise pas ont été écartées.</translation>
        </message>
        <message>
            <source>{subject} holds {detail} calendars; their events were merged.</source>
            <translation>{subject} contient {detail} calendriers ; leurs événements ont été fusionnés.</translation>
        </message>
        <message>
            <source>{subject}: X-WR-TIMEZONE '{detail}' is not a known zone; ignored.</source>
            <translation>{subject} : X-WR-TIMEZONE « {detail} » n'est pas un fuseau horaire connu ; ignoré.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' has no definition in the file; read as the IANA zone {detail}.</source>
            <translation>Le fuseau horaire « {subject} » n'est pas défini dans le fichier ; lu comme le fuseau IANA {detail}.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' was read as the IANA zone {detail}.</source>
            <translation>Le fuseau horaire « {subject} » a été lu comme le fuseau IANA {detail}.</translation>
        </message>
        <message>
            <source>Windows time zone '{subject}' was read as {detail}.</source>
            <translation>Le fuseau horaire Windows « {subject} » a été lu comme {detail}.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' is defined in the file with other offsets than {detail}; the file's definition was used.</source>
            <translation>Le fuseau horaire « {subject} » est défini dans le fichier avec d'autres décalages que {detail} ; la définition du fichier a été utilisée.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' is not a known zone; its times were read with the file's own definition.</source>
            <translation>Le fuseau horaire « {subject} » n'est pas un fuseau connu ; ses heures ont été lues selon la définition propre au fichier.</translation>
        </message>
        <message>
            <source>Time zone '{subject}' is unknown and not defined in the file; its times were read in {detail}, the partner town's zone.</source>
            <translation>Le fuseau horaire « {subject} » est inconnu et n'est pas défini dans le fichier ; ses heures ont été lues dans le fuseau {detail}, celui de la commune partenaire.</translation>
        </message>
        <message>
            <source>{subject} has times without a zone; they were read in {detail}, the partner town's zone.</source>
            <translation>{subject} contient des heures sans fuseau horaire ; elles ont été lues dans le fuseau {detail}, celui de la commune partenaire.</translation>
        </message>
        <message>
            <source>{subject} has times without a zone; they were read in {detail}, the calendar's zone (X-WR-TIMEZONE).</source>
            <translation>{subject} contient des heures sans fuseau horaire ; elles ont été lues dans le fuseau {detail}, celui du calendrier (X-WR-TIMEZONE).</translation>
        </message>
        <message>
            <source>{subject}: {detail} components were ignored (only events are imported).</source>
            <translation>{subject} : les composants {detail} ont été ignorés (seuls les événements sont importés).</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) appeared twice; the later version was kept.</source>
            <translation>{subject} : {detail} événement(s) figuraient deux fois ; la version la plus récente a été conservée.</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) without a start were left out.</source>
            <translation>{subject} : {detail} événement(s) sans date de début ont été écartés.</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) without a UID were identified by their start and title.</source>
            <translation>{subject} : {detail} événement(s) sans UID ont été identifiés par leur début et leur titre.</translation>
        </message>
        <message>
            <source>{subject}: {detail} title(s) were cut to 500 characters.</source>
            <translation>{subject} : {detail} titre(s) ont été tronqués à 500 caractères.</translation>
        </message>
        <message>
            <source>{subject}: {detail} location(s) were cut to 500 characters.</source>
            <translation>{subject} : {detail} lieu(x) ont été tronqués à 500 caractères.</translation>
        </message>
        <message>
            <source>{subject}: {detail} description(s) were cut to 10,000 characters.</source>
            <translation>{subject} : {detail} description(s) ont été tronquées à 10 000 caractères.</translation>
        </message>
        <message>
            <source>{subject}: {detail} change(s) meant for 'this and future' occurrences were applied to one occurrence only.</source>
            <translation>{subject} : {detail} modification(s) prévue(s) pour « cette occurrence et les suivantes » n'ont été appliquées qu'à une seule occurrence.</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) mixed a date and a date-time; read as all-day events.</source>
            <translation>{subject} : {detail} événement(s) mêlaient une date et une date avec heure ; lus comme des événements sur la journée entière.</translation>
        </message>
        <message>
            <source>{subject}: {detail} event(s) ended before they started; the end was moved to the start.</source>
            <translation>{subject} : {detail} événement(s) se terminaient avant de commencer ; la fin a été ramenée au début.</translation>
        </message>
        <message>
            <source>'{subject}' repeats with a rule Jumelage does not expand ({detail}); only its first occurrence was checked for clashes.</source>
            <translation>« {subject} » se répète selon une règle que Jumelage ne développe pas ({detail}) ; seule sa première occurrence a été contrôlée pour les chevauchements.</translation>
        </message>
        <message>
            <source>'{subject}' repeats very often; only its first {detail} occurrences around today were checked for clashes.</source>
            <translation>« {subject} » se répète très souvent ; seules ses {detail} premières occurrences autour d'aujourd'hui ont été contrôlées pour les chevauchements.</translation>
        </message>
        <message>
            <source>'{subject}' has a repeat rule that cannot be read ({detail}); only its first occurrence was checked for clashes.</source>
            <translation>« {subject} » a une règle de répétition illisible ({detail}) ; seule sa première occurrence a été contrôlée pour les chevauchements.</translation>
        </message>
        <message>
            <source>{subject} was taken to belong to the partnership {detail}.</source>
            <translation>{subject} a été rattaché au partenariat {detail}.</translation>
        </message>
        <message>
            <source>Only the first {detail} clashes are listed.</source>
            <translation>Seuls les {detail} premiers chevauchements sont listés.</translation>
        </message>
        <message>
            <source>{subject}: the join link is not a web address and was left out of the partner file.</source>
            <translation>{subject} : le lien de connexion n'est pas une adresse web et a été omis du fichier destiné au partenaire.</translation>
        </message>
    </context>
</TS>