<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Graphique non enregistré</translation>
    </message>
    <message>
        <source>The file could not be written there.</source>
        <translation>Impossible d&apos;écrire le fichier à cet endroit.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Demo profile with fictional cases, deleted when you quit. Passphrase: %1</source>
        <translation>Profil de démonstration avec des dossiers fictifs, supprimé à la fermeture. Phrase secrète : %1</translation>
    </message>
</context>
<context>
    <name>CaseFilePage</name>
    <message>
        <source>&amp;Move to…</source>
        <translation>Changer de &amp;statut…</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Clôturer le dossier…</translation>
    </message>
    <message>
        <source>Re&amp;open case</source>
        <translation>R&amp;ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Erase case…</source>
        <translation>E&amp;ffacer le dossier…</translation>
    </message>
    <message>
        <source>Delete this case everywhere, for good (right to erasure)</source>
        <translation>Supprimer ce dossier partout, définitivement (droit à l’effacement)</translation>
    </message>
    <message>
        <source>Suggested field-guide sections</source>
        <translation>Sections du guide de terrain suggérées</translation>
    </message>
    <message>
        <source>Save summary as &amp;PDF…</source>
        <translation>Enregistrer le résumé en &amp;PDF…</translation>
    </message>
    <message>
        <source>A summary of the case to print or hand over (written to the audit trail)</source>
        <translation>Un résumé du dossier à imprimer ou à transmettre (inscrit au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Full summary…</source>
        <translation>Résumé complet…</translation>
    </message>
    <message>
        <source>Leave out contact details and exact addresses…</source>
        <translation>Sans coordonnées ni adresses exactes…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Field guide:</source>
        <translation>Guide de terrain :</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Statut inchangé</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Enregistrer le résumé du dossier</translation>
    </message>
    <message>
        <source>Summary not saved</source>
        <translation>Résumé non enregistré</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Estimated</source>
        <translation>Estimée</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Âge inconnu</translation>
    </message>
    <message>
        <source>Age in years (fills an estimated date of birth)</source>
        <translation>Âge en années (remplit une date de naissance estimée)</translation>
    </message>
    <message>
        <source>e.g. Wolof, French</source>
        <translation>p. ex. wolof, français</translation>
    </message>
    <message>
        <source>or age</source>
        <translation>ou âge</translation>
    </message>
    <message>
        <source>Returnee</source>
        <translation>Personne de retour</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Case management</source>
        <translation>Gestion du dossier</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>A field of this case was changed on two laptops: click to choose the value to keep</source>
        <translation>Un champ de ce dossier a été modifié sur deux ordinateurs : cliquez pour choisir la valeur à garder</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returned %n day(s) ago</source>
        <translation>
            <numerusform>retour il y a %n jour</numerusform>
            <numerusform>retour il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up overdue by %n day(s)</source>
        <translation>
            <numerusform>Suivi en retard de %n jour</numerusform>
            <numerusform>Suivi en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Next follow-up: %1</source>
        <translation>Prochain suivi : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search by name, case number, phone or community</source>
        <translation>Rechercher par nom, numéro de dossier, téléphone ou communauté</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Any vulnerability</source>
        <translation>Toutes vulnérabilités</translation>
    </message>
    <message>
        <source>Vulnerability filter</source>
        <translation>Filtre de vulnérabilité</translation>
    </message>
    <message>
        <source>Follow-up filter</source>
        <translation>Filtre de suivi</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Tous les suivis</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Suivi en retard</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Attribués à &amp;moi</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>Number of cases found</source>
        <translation>Nombre de dossiers trouvés</translation>
    </message>
    <message>
        <source>Show every case again</source>
        <translation>Afficher de nouveau tous les dossiers</translation>
    </message>
    <message>
        <source>Clear the report filter</source>
        <translation>Retirer le filtre du tableau de bord</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Filtered by: %1</source>
        <translation>Filtré par : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>Sync conflict to look at: open the case file</source>
        <translation>Conflit de synchronisation à examiner : ouvrez le dossier</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Suivi en retard</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Phrase secrète &amp;actuelle</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close the case</source>
        <translation>Clôturer le dossier</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>What happened? For early exits, what led to it?</source>
        <translation>Que s’est-il passé ? En cas de sortie anticipée, qu’est-ce qui l’a motivée ?</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>The same field was changed on this computer and on another one. The newer change was applied everywhere; keep it, or choose the other value.</source>
        <translation>Le même champ a été modifié sur cet ordinateur et sur un autre. La modification la plus récente a été appliquée partout ; gardez-la ou choisissez l’autre valeur.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>L’autre</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder l’&amp;autre</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>la mienne</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>l’autre</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>The returnee gives consent</source>
        <translation>La personne de retour donne son consentement</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>For a referral: the service provider named to the returnee</source>
        <translation>Pour une orientation : le prestataire de services indiqué à la personne de retour</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Prestataire</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consent history</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Enregistrer un consentement…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>given on %1 (recorded by %2)</source>
        <translation>donné le %1 (enregistré par %2)</translation>
    </message>
    <message>
        <source>refused or withdrawn on %1</source>
        <translation>refusé ou retiré le %1</translation>
    </message>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
</context>
<context>
    <name>CreateProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>Office &amp;code (for case numbers)</source>
        <translation>&amp;Code du bureau (pour les numéros de dossier)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Caseload dashboard</source>
        <translation>Tableau de bord des dossiers</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Save caseload report as &amp;PDF…</source>
        <translation>Enregistrer le rapport en &amp;PDF…</translation>
    </message>
    <message>
        <source>The numbers shown, as tables and charts to print (written to the audit trail)</source>
        <translation>Les chiffres affichés, en tableaux et graphiques à imprimer (inscrit au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Every case of the office</source>
        <translation>Tous les dossiers du bureau</translation>
    </message>
    <message>
        <source>Follow-up overdue</source>
        <translation>Suivi en retard</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Save the caseload report</source>
        <translation>Enregistrer le rapport sur les dossiers</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Rapport non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with both dates</source>
        <translation>
            <numerusform>%n dossier avec les deux dates</numerusform>
            <numerusform>%n dossiers avec les deux dates</numerusform>
        </translation>
    </message>
    <message>
        <source>No case yet.</source>
        <translation>Aucun dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No open case.</source>
        <translation>Aucun dossier ouvert.</translation>
    </message>
    <message>
        <source>No plan item yet.</source>
        <translation>Aucune action de plan pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Items of each case&apos;s latest plan, cancelled ones left out; a link opens the cases with such an item.</source>
        <translation>Actions du dernier plan de chaque dossier, sans les actions annulées ; un lien ouvre les dossiers qui en comptent une.</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>Aucune orientation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Open these cases in the case list</source>
        <translation>Ouvrir ces dossiers dans la liste</translation>
    </message>
</context>
<context>
    <name>EraseCaseDialog</name>
    <message>
        <source>Erase the case</source>
        <translation>Effacer le dossier</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Erase the case of %1 (%2)?</source>
        <translation>Effacer le dossier de %1 (%2) ?</translation>
    </message>
    <message>
        <source>Every record of this case is deleted: the profile, household, consent, forms and follow-ups. It is deleted from this laptop now, and from headquarters and every other laptop of the office at their next sync.</source>
        <translation>Tout ce que contient ce dossier sera supprimé : profil, ménage, consentement, formulaires et suivis. Il disparaît de cet ordinateur dès maintenant, puis du siège et de tous les autres ordinateurs du bureau à leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>The audit trail keeps that the case was erased, when, by whom and why, but nothing of what it contained.</source>
        <translation>Le journal d’audit garde la trace de l’effacement (quand, par qui et pourquoi), mais rien du contenu du dossier.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choisissez un motif…</translation>
    </message>
    <message>
        <source>To confirm, type the case number %1:</source>
        <translation>Pour confirmer, saisissez le numéro de dossier %1 :</translation>
    </message>
    <message>
        <source>Case &amp;number</source>
        <translation>&amp;Numéro de dossier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export cases</source>
        <translation>Exporter les dossiers</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), one sheet per table</source>
        <translation>Classeur Excel (.xlsx), une feuille par tableau</translation>
    </message>
    <message>
        <source>CSV files in a ZIP archive (.zip), one file per table</source>
        <translation>Fichiers CSV dans une archive ZIP (.zip), un fichier par tableau</translation>
    </message>
    <message>
        <source>F&amp;orms</source>
        <translation>F&amp;ormulaires</translation>
    </message>
    <message>
        <source>Every form</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <source>The sheet of cases is always there</source>
        <translation>La feuille des dossiers est toujours incluse</translation>
    </message>
    <message>
        <source>&amp;Answers as</source>
        <translation>&amp;Réponses en</translation>
    </message>
    <message>
        <source>Codes, as stored</source>
        <translation>Codes, tels qu&apos;enregistrés</translation>
    </message>
    <message>
        <source>Labels in %1</source>
        <translation>Libellés en %1</translation>
    </message>
    <message>
        <source>&amp;Pseudonymise</source>
        <translation>&amp;Pseudonymiser</translation>
    </message>
    <message>
        <source>Leaves out names, contacts, birth dates (the age is kept), district and community, free-text answers and staff names, and replaces case numbers with pseudonyms that change at every export.</source>
        <translation>Exclut les noms, les coordonnées, les dates de naissance (l&apos;âge est conservé), le district et la communauté, les réponses en texte libre et les noms du personnel, et remplace les numéros de dossier par des pseudonymes qui changent à chaque export.</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Choisissez où enregistrer le fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Save to</source>
        <translation>&amp;Enregistrer dans</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Names, contacts, birth dates, district and community, free text and staff names are left out; case numbers are replaced.</source>
        <translation>Les noms, coordonnées, dates de naissance, district et communauté, textes libres et noms du personnel sont exclus ; les numéros de dossier sont remplacés.</translation>
    </message>
    <message>
        <source>The file will hold names, contacts and birth dates: keep it encrypted and share it only as your data-protection rules allow.</source>
        <translation>Le fichier contiendra des noms, des coordonnées et des dates de naissance : gardez-le chiffré et ne le partagez que dans le respect de vos règles de protection des données.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Enregistrement du fichier…</translation>
    </message>
    <message>
        <source>Writing the sheet “%1”…</source>
        <translation>Écriture de la feuille « %1 »…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to %1</source>
        <translation>
            <numerusform>%n dossier exporté vers %1</numerusform>
            <numerusform>%n dossiers exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported, the forms are not installed on this computer: %1</source>
        <translation>Non exportés, formulaires non installés sur cet ordinateur : %1</translation>
    </message>
</context>
<context>
    <name>FormWizard</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Review of the answers</source>
        <translation>Relecture des réponses</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Field guide</source>
        <translation>Guide de terrain</translation>
    </message>
    <message>
        <source>Field guide section</source>
        <translation>Section du guide de terrain</translation>
    </message>
    <message>
        <source>Hide guide</source>
        <translation>Masquer le guide</translation>
    </message>
    <message>
        <source>Save draft and c&amp;lose</source>
        <translation>Enregistrer le brouillon et &amp;fermer</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Supprimer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Step %1 of %2: review and submit</source>
        <translation>Étape %1 sur %2 : relecture et soumission</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Some answers on this page are missing or need correcting.</source>
        <translation>Certaines réponses de cette page sont manquantes ou à corriger.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <source>Review your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <source>Some answers are missing or need correcting:</source>
        <translation>Des réponses manquent ou sont à corriger :</translation>
    </message>
    <message>
        <source>This part of the field guide is not available yet in this language. Install the handbook pack, or open the field guide in another language.</source>
        <translation>Cette partie du guide de terrain n’est pas encore disponible dans cette langue. Installez le module du guide, ou ouvrez le guide de terrain dans une autre langue.</translation>
    </message>
</context>
<context>
    <name>FormsTab</name>
    <message>
        <source>Fill in a form</source>
        <translation>Remplir un formulaire</translation>
    </message>
    <message>
        <source>Form files not loaded because of errors: %1</source>
        <translation>Fichiers de formulaire non chargés en raison d’erreurs : %1</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Submitted forms</source>
        <translation>Formulaires soumis</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>Make a new revision; the submitted answers are kept</source>
        <translation>Créer une nouvelle révision ; les réponses soumises sont conservées</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tâches de suivi</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — enregistré le %2</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prévue le %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Could not start the form</source>
        <translation>Impossible d’ouvrir le formulaire</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard every answer of this draft? This cannot be undone.</source>
        <translation>Supprimer toutes les réponses de ce brouillon ? Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>HandbookPage</name>
    <message>
        <source>Search the field guide</source>
        <translation>Rechercher dans le guide de terrain</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Handbook pack</source>
        <translation>Guide utilisé</translation>
    </message>
    <message>
        <source>Import a pack…</source>
        <translation>Importer un guide…</translation>
    </message>
    <message>
        <source>Remove this pack</source>
        <translation>Retirer ce guide</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>My &amp;note on this section (kept in your encrypted profile)</source>
        <translation>Ma &amp;note sur cette section (conservée dans votre profil chiffré)</translation>
    </message>
    <message>
        <source>My note on this section</source>
        <translation>Ma note sur cette section</translation>
    </message>
    <message>
        <source>Field guide</source>
        <translation>Guide de terrain</translation>
    </message>
    <message>
        <source>No field guide is installed for this language.</source>
        <translation>Aucun guide de terrain n’est installé pour cette langue.</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importé)</translation>
    </message>
    <message>
        <source>Pack imported</source>
        <translation>Guide importé</translation>
    </message>
    <message>
        <source>Remove “%1” from this computer? The shipped field guide stays.</source>
        <translation>Retirer « %1 » de cet ordinateur ? Le guide de terrain fourni reste.</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Dans les signets</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Ajouter un signet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln section(s) found</source>
        <translation>
            <numerusform>%Ln section trouvée</numerusform>
            <numerusform>%Ln sections trouvées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <source>Household members</source>
        <translation>Membres du ménage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Returned too</source>
        <translation>Également de retour</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Remove household member</source>
        <translation>Retirer un membre du ménage</translation>
    </message>
    <message>
        <source>Remove %1 from the household?</source>
        <translation>Retirer %1 du ménage ?</translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <source>Import a handbook pack</source>
        <translation>Importer un guide</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>A folder of .md or .html pages, or one page</source>
        <translation>Un dossier de pages .md ou .html, ou une seule page</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Page…</source>
        <translation>Page…</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Tell from the pages</source>
        <translation>D’après les pages</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>From the pages</source>
        <translation>D’après les pages</translation>
    </message>
    <message>
        <source>Pack &amp;id</source>
        <translation>&amp;Identifiant du guide</translation>
    </message>
    <message>
        <source>From the folder&apos;s name</source>
        <translation>D’après le nom du dossier</translation>
    </message>
    <message>
        <source>Li&amp;cence</source>
        <translation>Li&amp;cence</translation>
    </message>
    <message>
        <source>&amp;Source of the text</source>
        <translation>&amp;Source du texte</translation>
    </message>
    <message>
        <source>Automatic: a single long page is cut at its headings</source>
        <translation>Automatique : une seule longue page est découpée à ses titres</translation>
    </message>
    <message>
        <source>One section per page</source>
        <translation>Une section par page</translation>
    </message>
    <message>
        <source>Cut pages at level 1 headings</source>
        <translation>Découper les pages aux titres de niveau 1</translation>
    </message>
    <message>
        <source>Cut pages at level 2 headings</source>
        <translation>Découper les pages aux titres de niveau 2</translation>
    </message>
    <message>
        <source>Cut pages at level 3 headings</source>
        <translation>Découper les pages aux titres de niveau 3</translation>
    </message>
    <message>
        <source>Secti&amp;ons</source>
        <translation>Secti&amp;ons</translation>
    </message>
    <message>
        <source>Replace a pack that has the same id</source>
        <translation>Remplacer un guide qui a le même identifiant</translation>
    </message>
    <message>
        <source>Read this pack from now on in its language</source>
        <translation>Lire ce guide désormais dans sa langue</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Folder of pages</source>
        <translation>Dossier de pages</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Pages (%1)</source>
        <translation>Pages (%1)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is installed: %n section(s), ready to search.</source>
        <translation>
            <numerusform>« %1 » est installé : %n section, prête pour la recherche.</numerusform>
            <numerusform>« %1 » est installé : %n sections, prêtes pour la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Plan agreed</source>
        <translation>Plan convenu</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Support period ended</source>
        <translation>Fin de la période d’accompagnement</translation>
    </message>
    <message>
        <source>No longer eligible</source>
        <translation>N’est plus éligible</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Retrait volontaire</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Contact perdu</translation>
    </message>
    <message>
        <source>Migrated again</source>
        <translation>Nouvelle migration</translation>
    </message>
    <message>
        <source>Requested by the returnee</source>
        <translation>À la demande de la personne de retour</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Duplicate (registered twice)</source>
        <translation>Doublon (enregistré deux fois)</translation>
    </message>
    <message>
        <source>Created by mistake</source>
        <translation>Créé par erreur</translation>
    </message>
    <message>
        <source>Unaccompanied or separated child</source>
        <translation>Enfant non accompagné ou séparé</translation>
    </message>
    <message>
        <source>Victim of trafficking</source>
        <translation>Victime de traite</translation>
    </message>
    <message>
        <source>Health needs</source>
        <translation>Besoins de santé</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Personne âgée</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Enceinte</translation>
    </message>
    <message>
        <source>Single parent</source>
        <translation>Parent isolé</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Famille nombreuse</translation>
    </message>
    <message>
        <source>Survivor of gender-based violence</source>
        <translation>Survivant(e) de violences basées sur le genre</translation>
    </message>
    <message>
        <source>Survivor of torture or violence</source>
        <translation>Survivant(e) de torture ou de violences</translation>
    </message>
    <message>
        <source>Risk of exploitation or abuse</source>
        <translation>Risque d’exploitation ou d’abus</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Voluntary</source>
        <translation>Volontaire</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Forcé</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>M&amp;E officer</source>
        <translation>Chargé(e) de suivi et évaluation</translation>
    </message>
    <message>
        <source>Data sharing with headquarters</source>
        <translation>Partage des données avec le siège</translation>
    </message>
    <message>
        <source>Referral to a service provider</source>
        <translation>Orientation vers un prestataire de services</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Carte nationale d’identité</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Acte de naissance</translation>
    </message>
    <message>
        <source>Travel document</source>
        <translation>Document de voyage</translation>
    </message>
    <message>
        <source>Diploma or certificate</source>
        <translation>Diplôme ou certificat</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint(e)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Autre membre de la famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Date de naissance estimée</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Documents held</source>
        <translation>Documents détenus</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Pays d’accueil</translation>
    </message>
    <message>
        <source>Date of return</source>
        <translation>Date de retour</translation>
    </message>
    <message>
        <source>Type of return</source>
        <translation>Type de retour</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochain suivi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason for closure</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Before return</source>
        <translation>Avant le retour</translation>
    </message>
    <message>
        <source>Direct and referral</source>
        <translation>Directe et orientation</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directe</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <source>18–24 years</source>
        <translation>18–24 ans</translation>
    </message>
    <message>
        <source>25–34 years</source>
        <translation>25–34 ans</translation>
    </message>
    <message>
        <source>35–49 years</source>
        <translation>35–49 ans</translation>
    </message>
    <message>
        <source>50 years and over</source>
        <translation>50 ans et plus</translation>
    </message>
    <message>
        <source>Under 6 months</source>
        <translation>Moins de 6 mois</translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation>6–12 mois</translation>
    </message>
    <message>
        <source>12–18 months</source>
        <translation>12–18 mois</translation>
    </message>
    <message>
        <source>18 months and more</source>
        <translation>18 mois et plus</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Échéance dans les %1 jours</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Office %1</source>
        <translation>Bureau %1</translation>
    </message>
    <message>
        <source>Counted on %1</source>
        <translation>Calculé le %1</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Follow-up tasks overdue</source>
        <translation>Tâches de suivi en retard</translation>
    </message>
    <message>
        <source>Days from return to agreed plan (median)</source>
        <translation>Jours entre le retour et le plan convenu (médiane)</translation>
    </message>
    <message>
        <source>Plans agreed within %1 days of return</source>
        <translation>Plans convenus dans les %1 jours suivant le retour</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <source>Open cases by vulnerability</source>
        <translation>Dossiers ouverts par vulnérabilité</translation>
    </message>
    <message>
        <source>Plan items by type of support</source>
        <translation>Actions du plan par type d'appui</translation>
    </message>
    <message>
        <source>Plan items: direct or referral</source>
        <translation>Actions du plan : directes ou orientées</translation>
    </message>
    <message>
        <source>Referrals by outcome</source>
        <translation>Orientations par résultat</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Enquête initiale</translation>
    </message>
    <message>
        <source>Follow-up %1</source>
        <translation>Suivi %1</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>No survey has enough answers for a score.</source>
        <translation>Aucune enquête n'a assez de réponses pour un score.</translation>
    </message>
    <message>
        <source>Follow-up within %1 days</source>
        <translation>Suivi dans les %1 jours</translation>
    </message>
    <message>
        <source>Follow-ups due within %1 days</source>
        <translation>Suivis prévus dans les %1 jours</translation>
    </message>
    <message>
        <source>Follow-up task due within %1 days</source>
        <translation>Tâche de suivi à échéance dans les %1 jours</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosocial</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composite</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>Provisional scoring: placeholder weights, not the official scoring sheet.</source>
        <translation>Calcul provisoire : poids temporaires, et non la grille de calcul officielle.</translation>
    </message>
    <message>
        <source>Scoring profile: %1</source>
        <translation>Profil de calcul : %1</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Time since return</source>
        <translation>Temps depuis le retour</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Type of assistance</source>
        <translation>Type d&apos;assistance</translation>
    </message>
    <message>
        <source>Direct or referral</source>
        <translation>Directe ou par orientation</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Envoyée, sans réponse pour l&apos;instant</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Service received</source>
        <translation>Service reçu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Follow-up task overdue</source>
        <translation>Tâche de suivi en retard</translation>
    </message>
    <message>
        <source>No vulnerability</source>
        <translation>Aucune vulnérabilité</translation>
    </message>
    <message>
        <source>Plan item of this type</source>
        <translation>Action de plan de ce type</translation>
    </message>
    <message>
        <source>Plan item delivered this way</source>
        <translation>Action de plan fournie de cette façon</translation>
    </message>
    <message>
        <source>Referral with this outcome</source>
        <translation>Orientation avec ce résultat</translation>
    </message>
    <message>
        <source>Plan agreed, return date known</source>
        <translation>Plan convenu, date de retour connue</translation>
    </message>
    <message>
        <source>Plan agreed within the target</source>
        <translation>Plan convenu dans le délai visé</translation>
    </message>
    <message>
        <source>Plan agreed after the target</source>
        <translation>Plan convenu après le délai visé</translation>
    </message>
</context>
<context>
    <name>MEPage</name>
    <message>
        <source>M&amp;E: reintegration scores</source>
        <translation>S&amp;E : scores de réintégration</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Scoring &amp;profile:</source>
        <translation>&amp;Profil de notation :</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grouper par :</translation>
    </message>
    <message>
        <source>&amp;Chart of:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Enregistrer le graphique comme image</translation>
    </message>
    <message>
        <source>Latest survey of each returnee</source>
        <translation>Dernière enquête de chaque personne de retour</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>Change from baseline to latest follow-up</source>
        <translation>Évolution entre l&apos;enquête initiale et le dernier suivi</translation>
    </message>
    <message>
        <source>Returnees with a baseline and a later follow-up survey: the mean of (latest − baseline), over the same returnees; n: returnees with both scores.</source>
        <translation>Personnes de retour ayant une enquête initiale et un suivi ultérieur : moyenne de (dernier − initial), sur les mêmes personnes ; n : personnes ayant les deux scores.</translation>
    </message>
    <message>
        <source>mean change</source>
        <translation>variation moyenne</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Computed on %1</source>
        <translation>Calculé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n survey(s))</source>
        <translation>
            <numerusform>%1 (%n enquête)</numerusform>
            <numerusform>%1 (%n enquêtes)</numerusform>
        </translation>
    </message>
    <message>
        <source>“not shown”: fewer than %1 returnees, or hidden with such a group so that it cannot be worked out from the total (small-cell suppression).</source>
        <translation>« non affiché » : moins de %1 personnes de retour, ou masqué avec un tel groupe pour qu&apos;il ne puisse pas être déduit du total (suppression des petites cellules).</translation>
    </message>
    <message>
        <source>A returnee can be in several groups: the groups do not add up to the total.</source>
        <translation>Une personne peut figurer dans plusieurs groupes : la somme des groupes ne fait pas le total.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>No survey scored with this profile yet.</source>
        <translation>Aucune enquête notée avec ce profil pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 score by %2</source>
        <translation>Score %1 par %2</translation>
    </message>
    <message>
        <source>%1: mean %2 at baseline, %3 at the latest follow-up</source>
        <translation>%1 : moyenne %2 à l&apos;enquête initiale, %3 au dernier suivi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Wait until the sync in progress has finished</source>
        <translation>Attendez la fin de la synchronisation en cours</translation>
    </message>
    <message>
        <source>Headquarters set up</source>
        <translation>Siège configuré</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <source>Close case file</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Export cases…</source>
        <translation>&amp;Exporter les dossiers…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>Dossiers exportés</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
</context>
<context>
    <name>MeTable</name>
    <message>
        <source>not shown</source>
        <extracomment>one row: the group&apos;s code, its label (translated) and its stats by score name</extracomment>
        <translation>non affiché</translation>
    </message>
    <message>
        <source>Not shown to protect the returnees&apos; privacy (small-cell suppression): fewer than %1 returnees have this score in this group, or the group is hidden with such a group so that it cannot be worked out from the total.</source>
        <translation>Non affiché pour protéger la vie privée des personnes de retour (suppression des petites cellules) : moins de %1 personnes ont ce score dans ce groupe, ou le groupe est masqué avec un tel groupe pour qu&apos;il ne puisse pas être déduit du total.</translation>
    </message>
    <message>
        <source>%1, %2: median %3, half of the returnees between %4 and %5, lowest %6, highest %7</source>
        <translation>%1, %2 : médiane %3, la moitié des personnes entre %4 et %5, minimum %6, maximum %7</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit household member</source>
        <translation>Modifier un membre du ménage</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>Ajouter un membre du ménage</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Lien de parenté</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>&amp;Year of birth</source>
        <translation>&amp;Année de naissance</translation>
    </message>
    <message>
        <source>Returned with the returnee</source>
        <translation>Rentré(e) avec la personne de retour</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Something went wrong. Details were written to the log file.</source>
        <translation>Un problème est survenu. Les détails ont été écrits dans le fichier journal.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>Trop de phrases secrètes incorrectes. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this profile.</source>
        <translation>Cette clé de récupération n’appartient pas à ce profil.</translation>
    </message>
    <message>
        <source>This passphrase is too weak.</source>
        <translation>Cette phrase secrète est trop faible.</translation>
    </message>
    <message>
        <source>Use at least 10 characters.</source>
        <translation>Utilisez au moins 10 caractères.</translation>
    </message>
    <message>
        <source>Mix letters with digits or other signs.</source>
        <translation>Mélangez des lettres avec des chiffres ou d’autres signes.</translation>
    </message>
    <message>
        <source>Avoid common words such as “password”.</source>
        <translation>Évitez les mots courants comme « motdepasse ».</translation>
    </message>
    <message>
        <source>Do not put your name in the passphrase.</source>
        <translation>Ne mettez pas votre nom dans la phrase secrète.</translation>
    </message>
    <message>
        <source>Use more different characters.</source>
        <translation>Utilisez davantage de caractères différents.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>This profile cannot be used.</source>
        <translation>Ce profil ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>There is no profile named “{name}”.</source>
        <translation>Il n’existe aucun profil nommé « {name} ».</translation>
    </message>
    <message>
        <source>The profile “{name}” is damaged and cannot be read.</source>
        <translation>Le profil « {name} » est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>There is no profile yet. Create one first.</source>
        <translation>Il n’y a encore aucun profil. Créez-en un d’abord.</translation>
    </message>
    <message>
        <source>Several profiles exist ({names}): choose one with --profile.</source>
        <translation>Plusieurs profils existent ({names}) : choisissez-en un avec --profile.</translation>
    </message>
    <message>
        <source>A profile named “{name}” already exists.</source>
        <translation>Un profil nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>The database cannot be used.</source>
        <translation>La base de données ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>The database file cannot be opened.</source>
        <translation>Le fichier de la base de données ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>This profile was saved by a newer version of Passerelle. Install that version to open it.</source>
        <translation>Ce profil a été enregistré par une version plus récente de Passerelle. Installez cette version pour l’ouvrir.</translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation>Ce dossier n’existe pas.</translation>
    </message>
    <message>
        <source>A case cannot move from this status to that one.</source>
        <translation>Un dossier ne peut pas passer de ce statut à celui-ci.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Cette valeur n’est pas valide.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Choisissez l’une des valeurs proposées.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>This number is out of range.</source>
        <translation>Ce nombre est hors des limites autorisées.</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>Répondez par oui ou par non.</translation>
    </message>
    <message>
        <source>This value does not have the expected form.</source>
        <translation>Cette valeur n’a pas la forme attendue.</translation>
    </message>
    <message>
        <source>There is no such field.</source>
        <translation>Ce champ n’existe pas.</translation>
    </message>
    <message>
        <source>This question needs an answer.</source>
        <translation>Cette question demande une réponse.</translation>
    </message>
    <message>
        <source>This answer is not accepted.</source>
        <translation>Cette réponse n’est pas acceptée.</translation>
    </message>
    <message>
        <source>This choice is no longer offered: choose again.</source>
        <translation>Ce choix n’est plus proposé : choisissez à nouveau.</translation>
    </message>
    <message>
        <source>This form cannot be filled in now.</source>
        <translation>Ce formulaire ne peut pas être rempli pour le moment.</translation>
    </message>
    <message>
        <source>The form “{form}” is not installed on this computer.</source>
        <translation>Le formulaire « {form} » n’est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The intake form registers a new case; it cannot be filled in on an existing one.</source>
        <translation>Le formulaire d’accueil et d’enregistrement crée un nouveau dossier ; il ne peut pas être rempli dans un dossier existant.</translation>
    </message>
    <message>
        <source>This form belongs to a case: open the case first.</source>
        <translation>Ce formulaire se remplit dans un dossier : ouvrez d’abord le dossier.</translation>
    </message>
    <message>
        <source>Needs the returnee’s consent to referral (see Consent).</source>
        <translation>Nécessite le consentement de la personne à l’orientation (voir Consentement).</translation>
    </message>
    <message>
        <source>Needs the returnee’s consent to assistance (see Consent).</source>
        <translation>Nécessite le consentement de la personne à l’assistance (voir Consentement).</translation>
    </message>
    <message>
        <source>Needs the returnee’s consent to sharing with headquarters (see Consent).</source>
        <translation>Nécessite le consentement de la personne au partage avec le siège (voir Consentement).</translation>
    </message>
    <message>
        <source>The field guide shipped with Passerelle cannot be removed.</source>
        <translation>Le guide de terrain fourni avec Passerelle ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>No imported pack has the id “{pack}”.</source>
        <translation>Aucun guide importé n’a l’identifiant « {pack} ».</translation>
    </message>
    <message>
        <source>The pack “{pack}” is in use by another program and was not removed.</source>
        <translation>Le guide « {pack} » est utilisé par un autre programme et n’a pas été retiré.</translation>
    </message>
    <message>
        <source>Sync with headquarters is not set up yet (the sync button in the status bar, or: passerelle sync configure).</source>
        <translation>La synchronisation avec le siège n’est pas encore configurée (le bouton de synchronisation dans la barre d’état, ou : passerelle sync configure).</translation>
    </message>
    <message>
        <source>This account cannot see any office. Ask headquarters to check it.</source>
        <translation>Ce compte n’a accès à aucun bureau. Demandez au siège de le vérifier.</translation>
    </message>
    <message>
        <source>The export could not be written. Check that the folder exists, that you may write in it and that the disk is not full, then try again.</source>
        <translation>L’export n’a pas pu être écrit. Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque n’est pas plein, puis réessayez.</translation>
    </message>
    <message>
        <source>The export was stopped. No file was written.</source>
        <translation>L’export a été arrêté. Aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>This file is not a Passerelle bundle, or a newer version of Passerelle wrote it. Nothing was imported.</source>
        <translation>Ce fichier n’est pas un lot Passerelle, ou une version plus récente de Passerelle l’a écrit. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>This file is incomplete: it was probably not copied to the end. Copy it again; nothing was imported.</source>
        <translation>Ce fichier est incomplet : il n’a sans doute pas été copié jusqu’au bout. Copiez-le à nouveau ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed after it was written; nothing was imported.</source>
        <translation>Ce fichier est endommagé ou a été modifié après son écriture ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>This bundle belongs to another office and was not imported.</source>
        <translation>Ce lot appartient à un autre bureau et n’a pas été importé.</translation>
    </message>
    <message>
        <source>This bundle was already imported (number {sequence} from device {device}; the newest imported from that device is number {last}).</source>
        <translation>Ce lot a déjà été importé (numéro {sequence} de l’appareil {device} ; le plus récent importé de cet appareil porte le numéro {last}).</translation>
    </message>
    <message>
        <source>This bundle comes from device {device}, which this laptop does not know as a device of the office (a new laptop, or one withdrawn by headquarters). Sync with headquarters, then try again; nothing was imported.</source>
        <translation>Ce lot vient de l’appareil {device}, que cet ordinateur ne connaît pas comme appareil du bureau (un nouvel ordinateur, ou un appareil retiré par le siège). Synchronisez avec le siège, puis réessayez ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Bundles need the office key, which this laptop gets from headquarters: set up and sync with headquarters once.</source>
        <translation>Les lots ont besoin de la clé du bureau, que cet ordinateur reçoit du siège : configurez la synchronisation avec le siège et synchronisez une première fois.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent: headquarters already has every change made here.</source>
        <translation>Rien n’attend d’être envoyé : le siège a déjà toutes les modifications faites ici.</translation>
    </message>
    <message>
        <source>M&amp;E officers cannot erase cases.</source>
        <translation>Les chargés de suivi et évaluation ne peuvent pas effacer de dossiers.</translation>
    </message>
    <message>
        <source>This bundle is larger than Passerelle accepts ({limit_mb} MB); nothing was imported.</source>
        <translation>Ce lot dépasse la taille acceptée par Passerelle ({limit_mb} Mo) ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>There are too many changes for one bundle (more than {limit_mb} MB); nothing was written.</source>
        <translation>Il y a trop de modifications pour un seul lot (plus de {limit_mb} Mo) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The bundle file cannot be read. Check that the USB drive is still plugged in, then try again.</source>
        <translation>Le fichier du lot ne peut pas être lu. Vérifiez que la clé USB est toujours branchée, puis réessayez.</translation>
    </message>
    <message>
        <source>The bundle could not be written. Check that the USB drive is plugged in, not full and not locked, then try again.</source>
        <translation>Le lot n’a pas pu être écrit. Vérifiez que la clé USB est branchée, pas pleine et pas verrouillée, puis réessayez.</translation>
    </message>
    <message>
        <source>This submission has already been corrected: correct the newest revision.</source>
        <translation>Ces réponses soumises ont déjà été corrigées : corrigez la révision la plus récente.</translation>
    </message>
    <message>
        <source>The scoring profile {file} cannot be used: {problems} problem(s).</source>
        <translation>Le profil de calcul {file} ne peut pas être utilisé : {problems} problème(s).</translation>
    </message>
    <message>
        <source>Enter at least a given name or a family name.</source>
        <translation>Saisissez au moins un prénom ou un nom de famille.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>This date is more than 120 years ago.</source>
        <translation>Cette date remonte à plus de 120 ans.</translation>
    </message>
    <message>
        <source>The return date is before the birth date.</source>
        <translation>La date de retour est antérieure à la date de naissance.</translation>
    </message>
    <message>
        <source>Enter a phone number with digits, spaces and an optional +.</source>
        <translation>Saisissez un numéro de téléphone avec des chiffres, des espaces et éventuellement un +.</translation>
    </message>
    <message>
        <source>This case number is already used.</source>
        <translation>Ce numéro de dossier est déjà utilisé.</translation>
    </message>
    <message>
        <source>Write changes as FIELD=VALUE.</source>
        <translation>Écrivez les modifications sous la forme CHAMP=VALEUR.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Certains champs sont à vérifier.</translation>
    </message>
    <message>
        <source>Use only {office}, {year} and {seq} in the pattern.</source>
        <translation>Utilisez uniquement {office}, {year} et {seq} dans le modèle.</translation>
    </message>
    <message>
        <source>Use only letters, digits, dashes, dots and slashes.</source>
        <translation>Utilisez uniquement des lettres, des chiffres, des tirets, des points et des barres obliques.</translation>
    </message>
    <message>
        <source>The pattern must contain {seq}.</source>
        <translation>Le modèle doit contenir {seq}.</translation>
    </message>
    <message>
        <source>Case numbers made from this pattern would be too long.</source>
        <translation>Les numéros de dossier créés avec ce modèle seraient trop longs.</translation>
    </message>
    <message>
        <source>Nothing was imported. Rows with problems: {rows}.</source>
        <translation>Rien n’a été importé. Lignes comportant des problèmes : {rows}.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows.</source>
        <translation>Le fichier compte plus de {limit} lignes.</translation>
    </message>
    <message>
        <source>This row has more cells than the header.</source>
        <translation>Cette ligne a plus de cellules que l’en-tête.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8”.</source>
        <translation>Le fichier n’est pas du texte UTF-8. Enregistrez-le au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Le fichier n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>This form file has problems and was not loaded.</source>
        <translation>Ce fichier de formulaire comporte des problèmes et n’a pas été chargé.</translation>
    </message>
    <message>
        <source>The handbook pack “{pack}” was not loaded. Problems found: {problems}.</source>
        <translation>Le module du guide « {pack} » n’a pas été chargé : problèmes trouvés : {problems}.</translation>
    </message>
    <message>
        <source>“{source}” was not imported and nothing was changed. Problems found: {problems}.</source>
        <translation>« {source} » n’a pas été importé et rien n’a été modifié. Problèmes trouvés : {problems}.</translation>
    </message>
    <message>
        <source>Choose a folder or a page to import.</source>
        <translation>Choisissez un dossier ou une page à importer.</translation>
    </message>
    <message>
        <source>Headquarters cannot be reached. Your changes are kept here and will be sent next time.</source>
        <translation>Le siège est injoignable. Vos modifications sont gardées ici et seront envoyées la prochaine fois.</translation>
    </message>
    <message>
        <source>Headquarters did not accept this user name and password.</source>
        <translation>Le siège n’a pas accepté ce nom d’utilisateur et ce mot de passe.</translation>
    </message>
    <message>
        <source>Headquarters refused: this account may not write these records.</source>
        <translation>Le siège a refusé : ce compte ne peut pas écrire ces fiches.</translation>
    </message>
    <message>
        <source>Headquarters does not know this office.</source>
        <translation>Le siège ne connaît pas ce bureau.</translation>
    </message>
    <message>
        <source>Headquarters refused the request (status {status}).</source>
        <translation>Le siège a refusé la demande (statut {status}).</translation>
    </message>
    <message>
        <source>The server at this address answered something that is not a Passerelle headquarters.</source>
        <translation>Le serveur à cette adresse a répondu quelque chose qui n’est pas un siège Passerelle.</translation>
    </message>
    <message>
        <source>Some changes were not accepted by headquarters; they are kept here and will be sent again.</source>
        <translation>Le siège n’a pas accepté certaines modifications ; elles sont gardées ici et seront renvoyées.</translation>
    </message>
    <message>
        <source>Sync was cancelled. What was already sent is kept.</source>
        <translation>Synchronisation annulée. Ce qui a déjà été envoyé est conservé.</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
        <source>Sync stopped because of a problem with the database on this computer.</source>
        <translation>La synchronisation s’est arrêtée à cause d’un problème de la base de données de cet ordinateur.</translation>
    </message>
    <message>
        <source>This account can see several offices ({offices}): choose one.</source>
        <translation>Ce compte voit plusieurs bureaux ({offices}) : choisissez-en un.</translation>
    </message>
    <message>
        <source>This account cannot use the office “{office}”.</source>
        <translation>Ce compte ne peut pas utiliser le bureau « {office} ».</translation>
    </message>
    <message>
        <source>There is no open conflict with this number.</source>
        <translation>Aucun conflit ouvert ne porte ce numéro.</translation>
    </message>
    <message>
        <source>The audit trail is intact ({entries} entries).</source>
        <translation>Le journal d’audit est intact ({entries} entrées).</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry {seq} was removed.</source>
        <translation>Le journal d’audit est rompu : l’entrée {seq} a été supprimée.</translation>
    </message>
    <message>
        <source>The audit trail is broken: entry {seq} was altered.</source>
        <translation>Le journal d’audit est rompu : l’entrée {seq} a été modifiée.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Créer le dossier</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>Répé&amp;ter la phrase secrète</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Suffisamment robuste.</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Confidential: personal data, keep it safe</source>
        <translation>Confidentiel : données personnelles, à protéger</translation>
    </message>
    <message>
        <source>Printed on %1 · page %2 of %3</source>
        <translation>Imprimé le %1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>Printed on %1 by %2</source>
        <translation>Imprimé le %1 par %2</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>Contact details and exact addresses are left out of this summary.</source>
        <translation>Les coordonnées et adresses exactes sont omises de ce résumé.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>No vulnerability recorded.</source>
        <translation>Aucune vulnérabilité enregistrée.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Returned too</source>
        <translation>Également de retour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Given on %1</source>
        <translation>Donné le %1</translation>
    </message>
    <message>
        <source>Refused or withdrawn on %1</source>
        <translation>Refusé ou retiré le %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Plan de réintégration</translation>
    </message>
    <message>
        <source>Counselling and monitoring</source>
        <translation>Entretiens et suivi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Other forms</source>
        <translation>Autres formulaires</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <source>Reintegration scores</source>
        <translation>Scores de réintégration</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>No reintegration survey yet.</source>
        <translation>Aucune enquête de réintégration pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Caseload report</source>
        <translation>Rapport sur les dossiers</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Nothing to count yet.</source>
        <translation>Rien à compter pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>Reintegration scores over time</source>
        <translation>Scores de réintégration dans le temps</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Enregistrer le graphique comme image</translation>
    </message>
    <message>
        <source>Reintegration plan</source>
        <translation>Plan de réintégration</translation>
    </message>
    <message>
        <source>No reintegration survey yet: the scores appear here after the first one.</source>
        <translation>Aucune enquête de réintégration pour l&apos;instant : les scores s&apos;afficheront ici après la première.</translation>
    </message>
    <message>
        <source>No survey scored with this scoring profile yet.</source>
        <translation>Aucune enquête notée avec ce profil de notation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Economic, social, psychosocial and composite scores</source>
        <translation>Scores économique, social, psychosocial et composite</translation>
    </message>
    <message>
        <source>No plan items.</source>
        <translation>Aucune action dans le plan.</translation>
    </message>
    <message>
        <source>No reintegration plan yet.</source>
        <translation>Pas encore de plan de réintégration.</translation>
    </message>
    <message>
        <source>Agreed on %1</source>
        <translation>Convenu le %1</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Pas encore convenu</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Budget: %1 delivered of %2 planned</source>
        <translation>Budget : %1 fournis sur %2 prévus</translation>
    </message>
    <message>
        <source>Items by status</source>
        <translation>Actions par état</translation>
    </message>
    <message>
        <source>Items by dimension (cancelled left out)</source>
        <translation>Actions par dimension (hors annulées)</translation>
    </message>
    <message>
        <source>scores.png</source>
        <translation>scores.png</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Service provider</source>
        <translation>Prestataire de services</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Dimension</source>
        <translation>&amp;Dimension</translation>
    </message>
    <message>
        <source>&amp;Services (codes, separated by spaces)</source>
        <translation>&amp;Services (codes séparés par des espaces)</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Coordonnées</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Actif</translation>
    </message>
</context>
<context>
    <name>ProvidersDialog</name>
    <message>
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <source>Psychosocial</source>
        <translation>Psychosociale</translation>
    </message>
    <message>
        <source>Service providers</source>
        <translation>Prestataires de services</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Open the field guide on this question</source>
        <translation>Ouvrir le guide de terrain sur cette question</translation>
    </message>
    <message>
        <source>Field guide for this question</source>
        <translation>Guide de terrain pour cette question</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Enregistré par %1 le %2</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Open with the recovery key</source>
        <translation>Ouvrir avec la clé de récupération</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir le profil</translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation>&amp;Clé de récupération</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Write this key on paper and keep it somewhere safe, away from the laptop. It opens your profile if you forget your passphrase. It is shown only now.</source>
        <translation>Écrivez cette clé sur papier et conservez-la en lieu sûr, loin de l’ordinateur portable. Elle ouvre votre profil si vous oubliez votre phrase secrète. Elle n’est affichée que maintenant.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>I have written the key down</source>
        <translation>J’ai noté la clé</translation>
    </message>
</context>
<context>
    <name>RepeatBlock</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à « %1 »</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Retirer l’élément %1</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2</source>
        <translation>Confirmé par %1 le %2</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
</context>
<context>
    <name>ScoresView</name>
    <message>
        <source>Reintegration scores</source>
        <translation>Scores de réintégration</translation>
    </message>
    <message>
        <source>not enough answers</source>
        <translation>réponses insuffisantes</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> min sans activité</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>&amp;Code du bureau</translation>
    </message>
    <message>
        <source>Case number &amp;pattern</source>
        <translation>&amp;Modèle de numéro de dossier</translation>
    </message>
    <message>
        <source>{office} office code · {year} year · {seq} number, {seq:5} padded to 5 digits</source>
        <translation>{office} code du bureau · {year} année · {seq} numéro, {seq:5} complété à 5 chiffres</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search the case list</source>
        <translation>Rechercher dans la liste des dossiers</translation>
    </message>
    <message>
        <source>Move from the search field into the list, and through it</source>
        <translation>Passer du champ de recherche à la liste, puis la parcourir</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Save the case profile</source>
        <translation>Enregistrer le profil du dossier</translation>
    </message>
    <message>
        <source>Close the open case file</source>
        <translation>Fermer le dossier ouvert</translation>
    </message>
    <message>
        <source>Go to the case list</source>
        <translation>Aller à la liste des dossiers</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Reintegration case management</source>
        <translation>Gestion des dossiers de réintégration</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Profiles on this computer</source>
        <translation>Profils sur cet ordinateur</translation>
    </message>
    <message>
        <source>P&amp;assphrase</source>
        <translation>Phrase &amp;secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase…</source>
        <translation>Phrase secrète &amp;oubliée…</translation>
    </message>
    <message>
        <source>No profile yet on this computer. Create one to start.</source>
        <translation>Aucun profil sur cet ordinateur pour l’instant. Créez-en un pour commencer.</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <source>Submitted %1 by %2 · form version %3 · revision %4</source>
        <translation>Soumis le %1 par %2 · version du formulaire %3 · révision %4</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>The form of this submission is not installed on this computer.</source>
        <translation>Le formulaire de ces réponses n’est pas installé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Kept only in your encrypted profile</source>
        <translation>Gardé uniquement dans votre profil chiffré</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>Checking with headquarters…</source>
        <translation>Vérification auprès du siège…</translation>
    </message>
    <message>
        <source>This account can see several offices. Choose the one you work for, then check again.</source>
        <translation>Ce compte a accès à plusieurs bureaux. Choisissez celui où vous travaillez, puis vérifiez de nouveau.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Set up headquarters…</source>
        <translation>Configurer le siège…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflits…</translation>
    </message>
    <message>
        <source>Write a bundle for a USB stick…</source>
        <translation>Écrire un lot pour clé USB…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Importer un lot…</translation>
    </message>
    <message>
        <source>Sync automatically</source>
        <translation>Synchroniser automatiquement</translation>
    </message>
    <message>
        <source>Sync on its own whenever headquarters can be reached</source>
        <translation>Synchroniser de lui-même dès que le siège est joignable</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Synchronisation non configurée</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at</source>
        <translation>
            <numerusform>%n conflit à examiner</numerusform>
            <numerusform>%n conflits à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchro %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts: 3 sent, 2 received</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyée</numerusform>
            <numerusform>%n envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçue</numerusform>
            <numerusform>%n reçues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Not finished: %1 (%2)</source>
        <translation>Inachevée : %1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %1: %n row(s), %2 KB</source>
        <translation>
            <numerusform>Synchronisation… %1 : %n ligne, %2 Ko</numerusform>
            <numerusform>Synchronisation… %1 : %n lignes, %2 Ko</numerusform>
        </translation>
    </message>
    <message>
        <source>Headquarters not reachable; trying again later</source>
        <translation>Siège injoignable ; nouvel essai plus tard</translation>
    </message>
    <message>
        <source>Write a bundle for a USB stick</source>
        <translation>Écrire un lot pour clé USB</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du lot…</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>Importer un lot</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation>Lecture du lot…</translation>
    </message>
    <message>
        <source>Passerelle bundles (*%1)</source>
        <translation>Lots Passerelle (*%1)</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n change(s)</source>
        <translation>
            <numerusform>Lot écrit : %n modification</numerusform>
            <numerusform>Lot écrit : %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n modification écrite dans %1.</numerusform>
            <numerusform>%n modifications écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the bundle on another laptop of the office: the changes go on to headquarters with that laptop&apos;s next sync.</source>
        <translation>Importez le lot sur un autre ordinateur du bureau : les modifications partiront vers le siège à la prochaine synchronisation de cet ordinateur.</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Lot écrit</translation>
    </message>
    <message>
        <source>Bundle not written</source>
        <translation>Lot non écrit</translation>
    </message>
    <message numerus="yes">
        <source>Bundle imported: %n change(s) applied</source>
        <translation>
            <numerusform>Lot importé : %n modification appliquée</numerusform>
            <numerusform>Lot importé : %n modifications appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) read</source>
        <translation>
            <numerusform>%n modification lue</numerusform>
            <numerusform>%n modifications lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied here</source>
        <translation>
            <numerusform>%n appliquée ici</numerusform>
            <numerusform>%n appliquées ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a case this laptop does not have yet</source>
        <translation>
            <numerusform>%n en attente d’un dossier que cet ordinateur n’a pas encore</numerusform>
            <numerusform>%n en attente d’un dossier que cet ordinateur n’a pas encore</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle %1 from device %2: %3.</source>
        <translation>Lot n° %1 de l’appareil %2 : %3.</translation>
    </message>
    <message>
        <source>They go to headquarters at the next sync.</source>
        <translation>Elles partiront vers le siège à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Lot importé</translation>
    </message>
    <message>
        <source>Bundle not imported</source>
        <translation>Lot non importé</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tâches de suivi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>%1 overdue · %2 today · %3 this week</source>
        <translation>%1 en retard · %2 aujourd’hui · %3 cette semaine</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Case timeline</source>
        <translation>Chronologie du dossier</translation>
    </message>
    <message>
        <source>Returned to the country</source>
        <translation>Retour dans le pays</translation>
    </message>
    <message>
        <source>Consent given: %1</source>
        <translation>Consentement donné : %1</translation>
    </message>
    <message>
        <source>Consent refused: %1</source>
        <translation>Consentement refusé : %1</translation>
    </message>
    <message>
        <source>Case registered</source>
        <translation>Dossier enregistré</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>Dossier importé</translation>
    </message>
    <message>
        <source>Profile updated: %1</source>
        <translation>Profil mis à jour : %1</translation>
    </message>
    <message>
        <source>Case file opened</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>Ménage modifié</translation>
    </message>
    <message>
        <source>Form submitted: %1</source>
        <translation>Formulaire soumis : %1</translation>
    </message>
    <message>
        <source>Form corrected: %1 (revision %2)</source>
        <translation>Formulaire corrigé : %1 (révision %2)</translation>
    </message>
    <message>
        <source>Draft discarded: %1</source>
        <translation>Brouillon supprimé : %1</translation>
    </message>
    <message>
        <source>Follow-up task marked done</source>
        <translation>Tâche de suivi marquée comme faite</translation>
    </message>
    <message>
        <source>Case closed: %1</source>
        <translation>Dossier clôturé : %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigation</source>
        <extracomment>the case list, follow-ups, the dashboard, the field guide and the M&amp;E view come first (the M&amp;E view listed for M&amp;E officers and supervisors only); open case files and forms follow</extracomment>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Service &amp;providers</source>
        <translation>Prestataires de &amp;services</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Field guide</source>
        <translation>Guide de terrain</translation>
    </message>
    <message>
        <source>M&amp;E scores</source>
        <translation>Scores de S&amp;E</translation>
    </message>
    <message>
        <source>Form files not loaded because of errors: %1</source>
        <translation>Fichiers de formulaire non chargés en raison d’erreurs : %1</translation>
    </message>
    <message>
        <source>%1 submitted</source>
        <translation>Formulaire soumis : %1</translation>
    </message>
    <message>
        <source>Case %1 registered</source>
        <translation>Dossier %1 enregistré</translation>
    </message>
    <message>
        <source>Case %1 erased</source>
        <translation>Dossier %1 effacé</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <source>%n survey(s) scored with another scoring profile not shown: their scores cannot be compared with these.</source>
        <translation>
            <numerusform>%n enquête notée avec un autre profil de notation n&apos;est pas affichée : ses scores ne sont pas comparables à ceux-ci.</numerusform>
            <numerusform>%n enquêtes notées avec un autre profil de notation ne sont pas affichées : leurs scores ne sont pas comparables à ceux-ci.</numerusform>
        </translation>
    </message>
</context>
</TS>
