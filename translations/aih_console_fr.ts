<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiProblem</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified; the connection was refused.</source>
        <translation>L&apos;identité du serveur n&apos;a pas pu être vérifiée ; la connexion a été refusée.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server redirected the request; check the server address.</source>
        <translation>Le serveur a redirigé la requête ; vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server sent a response the console does not understand.</source>
        <translation>Le serveur a envoyé une réponse que la console ne comprend pas.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Your plan&apos;s limit is reached.</source>
        <translation>La limite de votre offre est atteinte.</translation>
    </message>
    <message>
        <source>Your plan does not include this feature.</source>
        <translation>Votre offre n&apos;inclut pas cette fonction.</translation>
    </message>
    <message>
        <source>This needs the %1 plan or higher.</source>
        <translation>Il faut l&apos;offre %1 ou supérieure.</translation>
    </message>
    <message>
        <source>The tenant must keep at least one active admin.</source>
        <translation>Le locataire doit garder au moins un admin actif.</translation>
    </message>
    <message>
        <source>The tenant, email or password is not right.</source>
        <translation>Le locataire, l&apos;e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>Le serveur a refusé la saisie.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended.</source>
        <translation>Vous n&apos;êtes pas connecté ou votre session a pris fin.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;avez pas le droit de faire cela.</translation>
    </message>
    <message>
        <source>Not found: it does not exist or is not visible to you.</source>
        <translation>Introuvable : cela n&apos;existe pas ou ne vous est pas visible.</translation>
    </message>
    <message>
        <source>This conflicts with something that already exists.</source>
        <translation>Cela entre en conflit avec quelque chose qui existe déjà.</translation>
    </message>
    <message>
        <source>What you sent is too large.</source>
        <translation>Ce que vous avez envoyé est trop volumineux.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes ; réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de requêtes ; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Trop de requêtes ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Le serveur a rencontré un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>La requête a échoué (HTTP %1).</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
    <message>
        <source>The sign-in in the web browser did not complete.</source>
        <translation>La connexion dans le navigateur web n&apos;a pas abouti.</translation>
    </message>
    <message>
        <source>This account signs in through single sign-on: use “Sign in with SSO”.</source>
        <translation>Ce compte se connecte par authentification unique : utilisez « Se connecter avec SSO ».</translation>
    </message>
    <message>
        <source>The identity provider could not be used.</source>
        <translation>Le fournisseur d&apos;identité n&apos;a pas pu être utilisé.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Enter the server address, e.g. https://aih.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par ex. https://aih.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>L&apos;adresse du serveur doit commencer par https://.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, query or fragment.</source>
        <translation>L&apos;adresse du serveur ne doit contenir ni nom d&apos;utilisateur, ni requête, ni fragment.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer; use https:// for %1.</source>
        <translation>http:// sans chiffrement n&apos;est permis que pour cet ordinateur ; utilisez https:// pour %1.</translation>
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
    <name>UserRules</name>
    <message>
        <source>Only admins and managers can add users.</source>
        <translation>Seuls les admins et les managers peuvent ajouter des utilisateurs.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 plan allows %n active user(s); upgrade the plan or deactivate someone first.</source>
        <translation>
            <numerusform>L&apos;offre %1 permet %n utilisateur actif ; changez d&apos;offre ou désactivez d&apos;abord quelqu&apos;un.</numerusform>
            <numerusform>L&apos;offre %1 permet %n utilisateurs actifs ; changez d&apos;offre ou désactivez d&apos;abord quelqu&apos;un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation>Seuls les admins peuvent changer les rôles.</translation>
    </message>
    <message>
        <source>%1 already has this role.</source>
        <translation>%1 a déjà ce rôle.</translation>
    </message>
    <message>
        <source>%1 is the only active admin; make someone else admin first.</source>
        <translation>%1 est le seul admin actif ; nommez d&apos;abord quelqu&apos;un d&apos;autre admin.</translation>
    </message>
    <message>
        <source>Only admins can deactivate or reactivate users.</source>
        <translation>Seuls les admins peuvent désactiver ou réactiver des utilisateurs.</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 est déjà actif.</translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation>%1 est déjà désactivé.</translation>
    </message>
    <message>
        <source>The plan&apos;s user limit is reached.</source>
        <translation>La limite d&apos;utilisateurs de l&apos;offre est atteinte.</translation>
    </message>
</context>
<context>
    <name>aih::console::ApiJob</name>
    <message>
        <source>The list has no data.</source>
        <translation>La liste ne contient aucune donnée.</translation>
    </message>
    <message>
        <source>The list repeats itself.</source>
        <translation>La liste se répète.</translation>
    </message>
</context>
<context>
    <name>aih::console::ApiKeyTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Active (old secret valid until %1)</source>
        <translation>Active (ancien secret valable jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>Active, expires soon</source>
        <translation>Active, expire bientôt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>%1 / hour</source>
        <translation>%1 / heure</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>partout</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
</context>
<context>
    <name>aih::console::ApiKeysPage</name>
    <message>
        <source>Show every key of the tenant</source>
        <translation>Afficher toutes les clés du locataire</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>Chargement des clés d&apos;API…</translation>
    </message>
    <message>
        <source>This hour the tenant has made %1 of %2 API calls; the window resets at %3.</source>
        <translation>Cette heure, le locataire a fait %1 appels d&apos;API sur %2 ; la fenêtre repart à %3.</translation>
    </message>
    <message>
        <source>Create an API key (Ctrl+N)</source>
        <translation>Créer une clé d&apos;API (Ctrl+N)</translation>
    </message>
    <message>
        <source>API keys need the Basic plan or higher; see Billing.</source>
        <translation>Les clés d&apos;API demandent l&apos;offre Basic ou supérieure ; voir Facturation.</translation>
    </message>
    <message>
        <source>Only the key&apos;s owner or an admin can do this.</source>
        <translation>Seul le propriétaire de la clé ou un admin peut faire cela.</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Révoquer la clé d&apos;API</translation>
    </message>
    <message>
        <source>Revoke %1? Programs using it are refused at once; this cannot be undone.</source>
        <translation>Révoquer %1 ? Les programmes qui l&apos;utilisent sont refusés immédiatement ; c&apos;est irréversible.</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>%1 a été révoquée.</translation>
    </message>
    <message>
        <source>The rate-limit status is unavailable: %1</source>
        <translation>L&apos;état des limites de débit est indisponible : %1</translation>
    </message>
    <message>
        <source>Filter by name, prefix, scope or status</source>
        <translation>Filtrer par nom, préfixe, portée ou statut</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export API keys</source>
        <translation>Exporter les clés d’API</translation>
    </message>
</context>
<context>
    <name>aih::console::AuditDetailDialog</name>
    <message>
        <source>Audit entry %1</source>
        <translation>Entrée d&apos;audit %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Tout ce qui est enregistré</translation>
    </message>
    <message>
        <source>Actor ID</source>
        <translation>ID de l&apos;acteur</translation>
    </message>
</context>
<context>
    <name>aih::console::AuditPage</name>
    <message>
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Action, e.g. user.create</source>
        <translation>Action, par ex. user.create</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Search (3 characters or more)</source>
        <translation>Rechercher (3 caractères ou plus)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>En CSV…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Only admins can export the log or verify it.</source>
        <translation>Seuls les admins peuvent exporter ou vérifier le journal.</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>Lignes JSON (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message>
        <source>✔ The chain is intact: %1 entries checked.</source>
        <translation>✔ La chaîne est intacte : %1 entrées vérifiées.</translation>
    </message>
    <message>
        <source>✘ The chain is broken at entry %1 (%2): %3</source>
        <translation>✘ La chaîne est rompue à l&apos;entrée %1 (%2) : %3</translation>
    </message>
    <message>
        <source>As JSON lines…</source>
        <translation>En lignes JSON…</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Export du journal d’audit</translation>
    </message>
    <message>
        <source>Compliance report…</source>
        <translation>Rapport de conformité…</translation>
    </message>
</context>
<context>
    <name>aih::console::AuditTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
</context>
<context>
    <name>aih::console::BillingPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation>Appels d&apos;API cette heure</translation>
    </message>
    <message>
        <source>Manage billing…</source>
        <translation>Gérer la facturation…</translation>
    </message>
    <message>
        <source>the billing portal</source>
        <translation>le portail de facturation</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Offre actuelle</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Only admins can manage billing.</source>
        <translation>Seuls les admins peuvent gérer la facturation.</translation>
    </message>
    <message>
        <source>%1 plan, %2</source>
        <translation>Offre %1, %2</translation>
    </message>
    <message>
        <source>Loading plans…</source>
        <translation>Chargement des offres…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>This server does not offer billing yet (GET /api/billing/plans).</source>
        <translation>Ce serveur ne propose pas encore la facturation (GET /api/billing/plans).</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Se termine le %1</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>Se renouvelle le %1</translation>
    </message>
    <message>
        <source>Payment overdue: features stay until %1</source>
        <translation>Paiement en retard : les fonctions restent jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Last payment succeeded on %1</source>
        <translation>Dernier paiement réussi le %1</translation>
    </message>
    <message>
        <source>Last payment failed on %1</source>
        <translation>Dernier paiement échoué le %1</translation>
    </message>
    <message>
        <source>Stripe Checkout</source>
        <translation>Stripe Checkout</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>%1 opened in your browser. Refresh this page when you are done.</source>
        <translation>%1 s&apos;est ouvert dans votre navigateur. Actualisez cette page quand vous avez terminé.</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Aucun navigateur n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>API calls this billing period</source>
        <translation>Appels d’API sur cette période de facturation</translation>
    </message>
    <message>
        <source>The period ends %1.</source>
        <translation>La période se termine le %1.</translation>
    </message>
</context>
<context>
    <name>aih::console::BrandingPage</name>
    <message>
        <source>Upload logo…</source>
        <translation>Envoyer un logo…</translation>
    </message>
    <message>
        <source>Upload favicon…</source>
        <translation>Envoyer un favicon…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nom de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>Secondary colour</source>
        <translation>Couleur secondaire</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Message d&apos;accueil</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Texte du pied de page</translation>
    </message>
    <message>
        <source>Portal shows</source>
        <translation>Le portail affiche</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Custom CSS</source>
        <translation>CSS personnalisé</translation>
    </message>
    <message>
        <source>Portal preview</source>
        <translation>Aperçu du portail</translation>
    </message>
    <message>
        <source>Page HTML</source>
        <translation>HTML de la page</translation>
    </message>
    <message>
        <source>Stylesheet</source>
        <translation>Feuille de style</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Image de marque</translation>
    </message>
    <message>
        <source>Loading branding…</source>
        <translation>Chargement de l&apos;image de marque…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation>Logo défini</translation>
    </message>
    <message>
        <source>No favicon</source>
        <translation>Aucun favicon</translation>
    </message>
    <message>
        <source>Favicon set</source>
        <translation>Favicon défini</translation>
    </message>
    <message>
        <source>Meditations</source>
        <translation>Méditations</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Hide the AI Heart mark</source>
        <translation>Masquer la marque AI Heart</translation>
    </message>
    <message>
        <source>Branding needs the Pro plan or higher. &lt;a href=&quot;billing&quot;&gt;See plans&lt;/a&gt;</source>
        <translation>L&apos;image de marque demande l&apos;offre Pro ou supérieure. &lt;a href=&quot;billing&quot;&gt;Voir les offres&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Only admins can change the branding.</source>
        <translation>Seuls les admins peuvent modifier l&apos;image de marque.</translation>
    </message>
    <message>
        <source>Custom CSS needs the Enterprise plan.</source>
        <translation>Le CSS personnalisé demande l&apos;offre Enterprise.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Left out of the CSS:
%1</source>
        <translation>Retiré du CSS :
%1</translation>
    </message>
    <message>
        <source>Saving branding…</source>
        <translation>Enregistrement de l&apos;image de marque…</translation>
    </message>
    <message>
        <source>Branding saved; the portal shows it now.</source>
        <translation>Image de marque enregistrée ; le portail l&apos;affiche désormais.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Choose a favicon</source>
        <translation>Choisir un favicon</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Icons (*.ico *.png)</source>
        <translation>Icônes (*.ico *.png)</translation>
    </message>
    <message>
        <source>%1 cannot be read, or is larger than 4 MB.</source>
        <translation>%1 ne peut pas être lu ou dépasse 4 Mo.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The logo was uploaded.</source>
        <translation>Le logo a été envoyé.</translation>
    </message>
    <message>
        <source>The favicon was uploaded.</source>
        <translation>Le favicon a été envoyé.</translation>
    </message>
</context>
<context>
    <name>aih::console::CallsChart</name>
    <message>
        <source>API calls</source>
        <translation>Appels d&apos;API</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>aih::console::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Au moins 12 caractères</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Your other sessions end when the password changes.</source>
        <translation>Vos autres sessions se terminent quand le mot de passe change.</translation>
    </message>
    <message>
        <source>Enter the current password and the new one.</source>
        <translation>Saisissez le mot de passe actuel et le nouveau.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Le nouveau mot de passe et sa confirmation diffèrent.</translation>
    </message>
</context>
<context>
    <name>aih::console::CloseTenantDialog</name>
    <message>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <source>Closing suspends %1 at once and writes an archive of all its data, which you can download here. When the grace period ends, its users, keys, usage and settings are deleted; its audit trail stays with the personal data in it made unreadable. Reactivating it before then cancels the closing.</source>
        <translation>La fermeture suspend %1 immédiatement et écrit une archive de toutes ses données, que vous pouvez télécharger ici. À la fin du délai de grâce, ses utilisateurs, clés, usage et réglages sont supprimés ; sa piste d’audit reste, les données personnelles qu’elle contient devenues illisibles. Le réactiver avant annule la fermeture.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Saisissez %1 pour confirmer</translation>
    </message>
    <message>
        <source>Close tenant</source>
        <translation>Fermer le locataire</translation>
    </message>
</context>
<context>
    <name>aih::console::ColourField</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>aih::console::ComplianceReportDialog</name>
    <message>
        <source>Build report</source>
        <translation>Générer le rapport</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Rapport de conformité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Connexions échouées</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Par action</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Actions des administrateurs</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Génération du rapport…</translation>
    </message>
    <message>
        <source>From %1 to %2, whole days</source>
        <translation>Du %1 au %2, jours entiers</translation>
    </message>
    <message>
        <source>%1, of which %2 failed</source>
        <translation>%1, dont %2 en échec</translation>
    </message>
    <message>
        <source>%1 on %2 accounts</source>
        <translation>%1 sur %2 comptes</translation>
    </message>
    <message>
        <source>no checkpoint signed yet</source>
        <translation>aucun point de contrôle signé</translation>
    </message>
    <message>
        <source>newest checkpoint at entry %1, signed %2 with key %3</source>
        <translation>dernier point de contrôle à l’entrée %1, signé le %2 avec la clé %3</translation>
    </message>
    <message>
        <source>%1 entries; %2</source>
        <translation>%1 entrées ; %2</translation>
    </message>
</context>
<context>
    <name>aih::console::ConnectionDialog</name>
    <message>
        <source>Remove the stored secret (a public client)</source>
        <translation>Supprimer le secret enregistré (client public)</translation>
    </message>
    <message>
        <source>Members can sign in through this connection</source>
        <translation>Les membres peuvent se connecter via cette connexion</translation>
    </message>
    <message>
        <source>Require single sign-on for addresses in the verified domains</source>
        <translation>Exiger l&apos;authentification unique pour les adresses des domaines vérifiés</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Modifier la connexion</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>The role of a member none of whose groups is mapped, and of new accounts when no group is.</source>
        <translation>Le rôle d&apos;un membre dont aucun groupe n&apos;est associé, et des nouveaux comptes quand aucun groupe ne l&apos;est.</translation>
    </message>
    <message>
        <source>Password sign-in is refused for these addresses, except for the break-glass admin.</source>
        <translation>La connexion par mot de passe est refusée pour ces adresses, sauf pour l&apos;administrateur de secours.</translation>
    </message>
    <message>
        <source>Without a break-glass admin nobody in the verified domains can sign in with a password; if the identity provider fails, the tenant is locked out.</source>
        <translation>Sans administrateur de secours, personne dans les domaines vérifiés ne peut se connecter avec un mot de passe ; si le fournisseur d&apos;identité tombe en panne, le locataire est bloqué.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Ajouter la connexion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Groups claim</source>
        <translation>Claim des groupes</translation>
    </message>
    <message>
        <source>Group roles</source>
        <translation>Rôles des groupes</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Rôle par défaut</translation>
    </message>
    <message>
        <source>Break-glass admin</source>
        <translation>Administrateur de secours</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation>URL de découverte</translation>
    </message>
    <message>
        <source>None: a public client, protected by PKCE</source>
        <translation>Aucun : un client public, protégé par PKCE</translation>
    </message>
    <message>
        <source>Unchanged (a secret is stored)</source>
        <translation>Inchangé (un secret est enregistré)</translation>
    </message>
    <message>
        <source>None (a public client)</source>
        <translation>Aucun (un client public)</translation>
    </message>
    <message>
        <source>Not an active admin (%1)</source>
        <translation>Pas un administrateur actif (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>SAML 2.0</source>
        <translation>SAML 2.0</translation>
    </message>
    <message>
        <source>A connection keeps its protocol; add a new one to change it.</source>
        <translation>Une connexion garde son protocole ; ajoutez-en une nouvelle pour en changer.</translation>
    </message>
    <message>
        <source>Paste the identity provider&apos;s SAML metadata (XML), as Okta, Entra ID or Google Workspace offer it for download.</source>
        <translation>Collez les métadonnées SAML (XML) du fournisseur d’identité, telles qu’Okta, Entra ID ou Google Workspace les proposent au téléchargement.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Identity provider metadata</source>
        <translation>Métadonnées du fournisseur d’identité</translation>
    </message>
    <message>
        <source>ACS URL</source>
        <translation>URL ACS</translation>
    </message>
    <message>
        <source>Entity ID and metadata URL</source>
        <translation>ID d’entité et URL des métadonnées</translation>
    </message>
    <message>
        <source>Groups attribute</source>
        <translation>Attribut des groupes</translation>
    </message>
</context>
<context>
    <name>aih::console::ConnectionTestDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Tester %1</translation>
    </message>
    <message>
        <source>The web browser could not be opened.</source>
        <translation>Le navigateur web n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Sign in at the identity provider in your web browser, as a member of the tenant would. Nobody is signed in by the test; this shows what the provider sent.</source>
        <translation>Connectez-vous auprès du fournisseur d&apos;identité dans votre navigateur web, comme le ferait un membre du locataire. Le test ne connecte personne ; il montre ce que le fournisseur a envoyé.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer was not accepted: %1</source>
        <translation>La réponse du fournisseur d&apos;identité n&apos;a pas été acceptée : %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer was accepted.</source>
        <translation>La réponse du fournisseur d&apos;identité a été acceptée.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (vérifiée)</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (non vérifiée)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Maps to role</source>
        <translation>Rôle attribué</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
</context>
<context>
    <name>aih::console::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>aih::console::CreateKeyDialog</name>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d&apos;API</translation>
    </message>
    <message>
        <source>Only admins and managers can hold keys with the admin scope.</source>
        <translation>Seuls les admins et les managers peuvent détenir des clés avec la portée admin.</translation>
    </message>
    <message>
        <source>Plan limit (%1 per hour)</source>
        <translation>Limite de l&apos;offre (%1 par heure)</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> par heure</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Anywhere, or CIDR blocks: 203.0.113.0/24, 2001:db8::/32</source>
        <translation>Partout, ou des blocs CIDR : 203.0.113.0/24, 2001:db8::/32</translation>
    </message>
    <message>
        <source>Requests with the key from any other address are refused. Up to 32 blocks, separated by commas or spaces.</source>
        <translation>Les requêtes avec la clé depuis toute autre adresse sont refusées. Jusqu’à 32 blocs, séparés par des virgules ou des espaces.</translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <translation>Réseaux autorisés</translation>
    </message>
    <message>
        <source>At most 32 networks.</source>
        <translation>32 réseaux au plus.</translation>
    </message>
    <message>
        <source>%1 is not a network; write it as 203.0.113.0/24.</source>
        <translation>%1 n’est pas un réseau ; écrivez-le sous la forme 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>No burst limit</source>
        <translation>Pas de limite de rafale</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> par seconde</translation>
    </message>
    <message>
        <source>Calls beyond this many in a second are refused with 429, on each server.</source>
        <translation>Les appels au-delà de ce nombre par seconde sont refusés avec 429, sur chaque serveur.</translation>
    </message>
    <message>
        <source>Burst limit</source>
        <translation>Limite de rafale</translation>
    </message>
</context>
<context>
    <name>aih::console::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>A password needs 10 to 256 characters.</source>
        <translation>Un mot de passe doit compter de 10 à 256 caractères.</translation>
    </message>
    <message>
        <source>Empty: mail an invitation instead</source>
        <translation>Vide : envoyer plutôt une invitation</translation>
    </message>
</context>
<context>
    <name>aih::console::CredentialStore</name>
    <message>
        <source>The secret is too large for the system keychain.</source>
        <translation>Le secret est trop grand pour le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>aih::console::DashboardPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation>Appels d&apos;API cette heure</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Actualiser (F5)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Resets at %1</source>
        <translation>Repart à %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Analytics are for admins and managers.</source>
        <translation>Les statistiques sont réservées aux admins et aux managers.</translation>
    </message>
    <message>
        <source>Loading analytics…</source>
        <translation>Chargement des statistiques…</translation>
    </message>
    <message>
        <source>This server does not offer analytics yet (GET /api/enterprise/admin/analytics).</source>
        <translation>Ce serveur ne propose pas encore de statistiques (GET /api/enterprise/admin/analytics).</translation>
    </message>
    <message>
        <source>active users on the plan</source>
        <translation>utilisateurs actifs de l&apos;offre</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n actives</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::DomainPage</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Check DNS now</source>
        <translation>Vérifier le DNS maintenant</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>Retirer le domaine</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Domaine personnalisé</translation>
    </message>
    <message>
        <source>Serve your branded portal on a domain of your own, such as portal.example.com. Point the domain at the platform (a CNAME record), save it here, and publish the TXT record shown below to prove that it is yours.</source>
        <translation>Servez votre portail à votre image sur un domaine à vous, comme portal.example.com. Faites pointer le domaine vers la plateforme (un enregistrement CNAME), enregistrez-le ici et publiez l’enregistrement TXT ci-dessous pour prouver qu’il vous appartient.</translation>
    </message>
    <message>
        <source>Proof of ownership</source>
        <translation>Preuve de propriété</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Loading the custom domain…</source>
        <translation>Chargement du domaine personnalisé…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is verified and serves your portal.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; est vérifié et sert votre portail.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is waiting for its proof: add this record at your DNS provider, then check.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; attend sa preuve : ajoutez cet enregistrement chez votre fournisseur DNS, puis vérifiez.</translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation>Vérifié le %1.</translation>
    </message>
    <message>
        <source>Last checked %1: %2</source>
        <translation>Dernière vérification le %1 : %2</translation>
    </message>
    <message>
        <source>the record was not found yet.</source>
        <translation>l’enregistrement n’a pas encore été trouvé.</translation>
    </message>
    <message>
        <source>Not checked yet. DNS changes can take a while to be seen.</source>
        <translation>Pas encore vérifié. Les changements DNS peuvent mettre un moment à être visibles.</translation>
    </message>
    <message>
        <source>Saved. Publish the TXT record below, then check DNS.</source>
        <translation>Enregistré. Publiez l’enregistrement TXT ci-dessous, puis vérifiez le DNS.</translation>
    </message>
    <message>
        <source>Replace custom domain</source>
        <translation>Remplacer le domaine personnalisé</translation>
    </message>
    <message>
        <source>%1 serves your portal now. Replace it with %2? The portal stops answering on %1 until the new domain is verified.</source>
        <translation>%1 sert votre portail en ce moment. Le remplacer par %2 ? Le portail ne répond plus sur %1 tant que le nouveau domaine n’est pas vérifié.</translation>
    </message>
    <message>
        <source>Looking the TXT record up…</source>
        <translation>Recherche de l’enregistrement TXT…</translation>
    </message>
    <message>
        <source>Verified: the domain serves your portal.</source>
        <translation>Vérifié : le domaine sert votre portail.</translation>
    </message>
    <message>
        <source>Remove custom domain</source>
        <translation>Retirer le domaine personnalisé</translation>
    </message>
    <message>
        <source>Stop serving the portal on %1 and forget it? Its TXT record can go too.</source>
        <translation>Ne plus servir le portail sur %1 et l’oublier ? Son enregistrement TXT peut aussi partir.</translation>
    </message>
    <message>
        <source>The custom domain is removed.</source>
        <translation>Le domaine personnalisé est retiré.</translation>
    </message>
</context>
<context>
    <name>aih::console::DomainsPanel</name>
    <message>
        <source>Email domains</source>
        <translation>Domaines de messagerie</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Revendiquer</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>example.com: the part of the members&apos; addresses after @</source>
        <translation>example.com : la partie des adresses des membres après le @</translation>
    </message>
    <message>
        <source>Select a domain to see the record that proves it is yours</source>
        <translation>Sélectionnez un domaine pour voir l&apos;enregistrement qui prouve qu&apos;il est à vous</translation>
    </message>
    <message>
        <source>TXT record name</source>
        <translation>Nom de l&apos;enregistrement TXT</translation>
    </message>
    <message>
        <source>TXT record value</source>
        <translation>Valeur de l&apos;enregistrement TXT</translation>
    </message>
    <message>
        <source>Publish the TXT record shown for %1, then verify the domain.</source>
        <translation>Publiez l&apos;enregistrement TXT affiché pour %1, puis vérifiez le domaine.</translation>
    </message>
    <message>
        <source>%1 is verified: its addresses sign in through this tenant.</source>
        <translation>%1 est vérifié : ses adresses se connectent par ce locataire.</translation>
    </message>
    <message>
        <source>Give up a domain</source>
        <translation>Abandonner un domaine</translation>
    </message>
    <message>
        <source>Give up %1? Its addresses can no longer start single sign-on by email, and SSO is no longer required of them.</source>
        <translation>Abandonner %1 ? Ses adresses ne pourront plus lancer l&apos;authentification unique par e-mail, et le SSO ne leur sera plus imposé.</translation>
    </message>
    <message>
        <source>%1 was given up.</source>
        <translation>%1 a été abandonné.</translation>
    </message>
</context>
<context>
    <name>aih::console::EndpointDialog</name>
    <message>
        <source>Every event, including types added later</source>
        <translation>Tous les événements, y compris les types ajoutés plus tard</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Ajouter le point de terminaison</translation>
    </message>
    <message>
        <source>Edit webhook endpoint</source>
        <translation>Modifier le point de terminaison webhook</translation>
    </message>
    <message>
        <source>New webhook endpoint</source>
        <translation>Nouveau point de terminaison webhook</translation>
    </message>
    <message>
        <source>Deliveries are signed with the endpoint&apos;s secret in Stripe&apos;s scheme (header AIH-Signature); Stripe&apos;s libraries verify them.</source>
        <translation>Les envois sont signés avec le secret du point de terminaison selon le schéma de Stripe (en-tête AIH-Signature) ; les bibliothèques de Stripe les vérifient.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>aih::console::EraseUserDialog</name>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase everything the tenant holds about &lt;b&gt;%1&lt;/b&gt;: name, address, sign-in methods, sessions and API keys. Audit entries stay, naming an anonymous stand-in instead. This cannot be undone; export the data first if the person asked for a copy.</source>
        <translation>Effacer tout ce que le locataire détient sur &lt;b&gt;%1&lt;/b&gt; : nom, adresse, méthodes de connexion, sessions et clés d’API. Les entrées d’audit restent et nomment à la place un remplaçant anonyme. C’est irréversible ; exportez d’abord les données si la personne en a demandé une copie.</translation>
    </message>
    <message>
        <source>Type the address to confirm:</source>
        <translation>Saisissez l’adresse pour confirmer :</translation>
    </message>
</context>
<context>
    <name>aih::console::FileDownload</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>%1… %2 received</source>
        <translation>%1… %2 reçus</translation>
    </message>
</context>
<context>
    <name>aih::console::InvitationsPanel</name>
    <message>
        <source>Resend</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Invited email</source>
        <translation>Adresse invitée</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>Le lien expire</translation>
    </message>
    <message numerus="yes">
        <source>Pending invitations: %n</source>
        <translation>
            <numerusform>Invitations en attente : %n</numerusform>
            <numerusform>Invitations en attente : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>A new invitation was mailed to %1; the earlier link no longer works.</source>
        <translation>Une nouvelle invitation a été envoyée à %1 ; l’ancien lien ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Révoquer l’invitation</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once.</source>
        <translation>Révoquer l’invitation de %1 ? Son lien cesse de fonctionner aussitôt.</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>L’invitation de %1 a été révoquée.</translation>
    </message>
</context>
<context>
    <name>aih::console::KeySecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>Clé d&apos;API créée</translation>
    </message>
    <message>
        <source>The key &lt;b&gt;%1&lt;/b&gt; is ready.</source>
        <translation>La clé &lt;b&gt;%1&lt;/b&gt; est prête.</translation>
    </message>
    <message>
        <source>Store this key now, in a password manager or your program&apos;s secret store. It is shown only this once and cannot be recovered; if it is lost, rotate the key to get a new one.</source>
        <translation>Conservez cette clé maintenant, dans un gestionnaire de mots de passe ou le coffre à secrets de votre programme. Elle n&apos;est affichée qu&apos;une seule fois et ne peut pas être récupérée ; si elle est perdue, renouvelez la clé pour en obtenir une nouvelle.</translation>
    </message>
    <message>
        <source>I have stored the key</source>
        <translation>J&apos;ai conservé la clé</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
</context>
<context>
    <name>aih::console::LimitsDialog</name>
    <message>
        <source>Limits of %1</source>
        <translation>Limites de %1</translation>
    </message>
    <message>
        <source>A custom deal may set any limit above or below the plan&apos;s. Limits not overridden follow the plan, also when it changes.</source>
        <translation>Un contrat sur mesure peut fixer chaque limite au-dessus ou au-dessous de celle du forfait. Les limites non remplacées suivent le forfait, même quand il change.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>API calls per hour</source>
        <translation>Appels d’API par heure</translation>
    </message>
    <message>
        <source>API calls per month</source>
        <translation>Appels d’API par mois</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>forfait : %1</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Remplacer : %1</translation>
    </message>
</context>
<context>
    <name>aih::console::LoopbackSignIn</name>
    <message numerus="yes">
        <source>It was not finished within %n minute(s).</source>
        <translation>
            <numerusform>Elle n&apos;a pas été terminée en %n minute.</numerusform>
            <numerusform>Elle n&apos;a pas été terminée en %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console could not listen on 127.0.0.1: %1</source>
        <translation>La console n&apos;a pas pu écouter sur 127.0.0.1 : %1</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop grande</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Pas cette connexion</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in AI Heart Console is waiting for.</source>
        <translation>Cette page ne correspond pas à la connexion qu&apos;attend AI Heart Console.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You can close this window and return to AI Heart Console.</source>
        <translation>Vous pouvez fermer cette fenêtre et revenir à AI Heart Console.</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>La connexion n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>AI Heart Console shows why. You can close this window.</source>
        <translation>AI Heart Console en indique la raison. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>This page carries neither a code nor an error.</source>
        <translation>Cette page ne contient ni code ni erreur.</translation>
    </message>
</context>
<context>
    <name>aih::console::MainWindow</name>
    <message>
        <source>AI Heart Console</source>
        <translation>Console AI Heart</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Vous êtes déconnecté.</translation>
    </message>
    <message>
        <source>Your session has ended: %1</source>
        <translation>Votre session a pris fin : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About AI Heart Console</source>
        <translation>À propos de la console AI Heart</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Heart Console&lt;/b&gt; %1&lt;br&gt;The operator console for aih servers.</source>
        <translation>&lt;b&gt;Console AI Heart&lt;/b&gt; %1&lt;br&gt;La console d&apos;exploitation des serveurs aih.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 plan</source>
        <translation>%1 (%2) · %3 · offre %4</translation>
    </message>
    <message>
        <source>%1 — offline</source>
        <translation>%1 — hors ligne</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>The password is changed; your other sessions have ended.</source>
        <translation>Le mot de passe est changé ; vos autres sessions sont terminées.</translation>
    </message>
    <message>
        <source>&amp;Two-factor authentication…</source>
        <translation>Authentification à &amp;deux facteurs…</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>&amp;Sessions…</translation>
    </message>
    <message>
        <source>This account signs in with a code from an authenticator app as well.</source>
        <translation>Ce compte se connecte aussi avec un code d’une application d’authentification.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion en tant que %1…</translation>
    </message>
    <message>
        <source>Two-factor authentication is required</source>
        <translation>L’authentification à deux facteurs est obligatoire</translation>
    </message>
    <message>
        <source>%1 (%2) · platform operator</source>
        <translation>%1 (%2) · opérateur de la plateforme</translation>
    </message>
    <message>
        <source>Platform admin</source>
        <translation>Admin de la plateforme</translation>
    </message>
    <message>
        <source>Platform support</source>
        <translation>Support de la plateforme</translation>
    </message>
</context>
<context>
    <name>aih::console::OperatorTableModel</name>
    <message>
        <source>Platform admin</source>
        <translation>Administrateur de la plateforme</translation>
    </message>
    <message>
        <source>Platform support</source>
        <translation>Support de la plateforme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Operator role</source>
        <translation>Rôle d’opérateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>aih::console::OperatorsPage</name>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>Switch role…</source>
        <translation>Changer de rôle…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Invite an operator</source>
        <translation>Inviter un opérateur</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Loading the operators…</source>
        <translation>Chargement des opérateurs…</translation>
    </message>
    <message>
        <source>%1 is invited: they choose a password through the mailed link and set up a second factor before acting.</source>
        <translation>%1 est invité : un mot de passe se choisit par le lien envoyé, et un second facteur se configure avant d’agir.</translation>
    </message>
    <message>
        <source>Switch operator role</source>
        <translation>Changer le rôle de l’opérateur</translation>
    </message>
    <message>
        <source>Make %1 %2? It applies at once, on every server.</source>
        <translation>Faire de %1 : %2 ? Cela s’applique tout de suite, sur chaque serveur.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Reactivate %1? They can sign in again.</source>
        <translation>Réactiver %1 ? La connexion redevient possible.</translation>
    </message>
    <message>
        <source>Deactivate %1? Their sessions end at once, and so do the support views they opened.</source>
        <translation>Désactiver %1 ? Ses sessions prennent fin immédiatement, ainsi que les vues support ouvertes.</translation>
    </message>
    <message>
        <source>Reactivate operator</source>
        <translation>Réactiver l’opérateur</translation>
    </message>
    <message>
        <source>Deactivate operator</source>
        <translation>Désactiver l’opérateur</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <source>Platform support is read-only.</source>
        <translation>Le support de la plateforme est en lecture seule.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Erase operator&apos;s personal data</source>
        <translation>Effacer les données personnelles de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? Their address, name, sessions and second factors go for good; what they did stays in the audit trails under their account&apos;s id. This cannot be undone.</source>
        <translation>Effacer les données personnelles de %1 ? Adresse, nom, sessions et seconds facteurs disparaissent définitivement ; ses actions restent dans les journaux d&apos;audit sous l&apos;identifiant du compte. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>The personal data of %1 is erased.</source>
        <translation>Les données personnelles de %1 sont effacées.</translation>
    </message>
</context>
<context>
    <name>aih::console::Page</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::PlanCard</name>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Offre actuelle</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Passer à cette offre</translation>
    </message>
    <message>
        <source>This server does not sell this plan.</source>
        <translation>Ce serveur ne vend pas cette offre.</translation>
    </message>
    <message>
        <source>Only admins can change the plan.</source>
        <translation>Seuls les admins peuvent changer d&apos;offre.</translation>
    </message>
    <message>
        <source>Downgrade in the portal</source>
        <translation>Rétrograder dans le portail</translation>
    </message>
    <message>
        <source>Use Manage billing to change to a smaller plan.</source>
        <translation>Utilisez « Gérer la facturation » pour passer à une offre inférieure.</translation>
    </message>
    <message>
        <source>Guidance content</source>
        <translation>Contenus d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Meditations</source>
        <translation>Méditations</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>Custom branding</source>
        <translation>Image de marque personnalisée</translation>
    </message>
    <message>
        <source>Priority support</source>
        <translation>Support prioritaire</translation>
    </message>
    <message>
        <source>White label and custom CSS</source>
        <translation>Marque blanche et CSS personnalisé</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Authentification unique</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Domaine personnalisé</translation>
    </message>
    <message>
        <source>%1 users
%2 API calls per hour
%3 API calls per month</source>
        <translation>%1 utilisateurs
%2 appels d&apos;API par heure
%3 appels d&apos;API par mois</translation>
    </message>
</context>
<context>
    <name>aih::console::PlatformPage</name>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Revenu mensuel récurrent</translation>
    </message>
    <message>
        <source>Calls in the last 24 hours</source>
        <translation>Appels des dernières 24 heures</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Paiement en retard</translation>
    </message>
    <message>
        <source>Past due: payment failed</source>
        <translation>En retard : paiement échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Résiliés</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Loading the platform&apos;s figures…</source>
        <translation>Chargement des chiffres de la plateforme…</translation>
    </message>
    <message>
        <source>from active and past-due plans</source>
        <translation>des forfaits actifs et en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n résilié</numerusform>
            <numerusform>%n résiliés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::QuotaPage</name>
    <message>
        <source>API calls this billing period</source>
        <translation>Appels d’API de cette période de facturation</translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation>Appels d’API de cette heure</translation>
    </message>
    <message>
        <source>Mail the admins too</source>
        <translation>Prévenir aussi les administrateurs par e-mail</translation>
    </message>
    <message>
        <source>Save alerts</source>
        <translation>Enregistrer les alertes</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>When this period&apos;s API calls reach a chosen share of the monthly quota, the webhook event usage.threshold is sent and the audit trail records it, once per period. Choose one to five shares.</source>
        <translation>Quand les appels d’API de la période atteignent une part choisie du quota mensuel, l’événement webhook usage.threshold est envoyé et le journal d’audit l’enregistre, une fois par période. Choisissez d’une à cinq parts.</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Loading the quotas…</source>
        <translation>Chargement des quotas…</translation>
    </message>
    <message>
        <source>No alert yet this period.</source>
        <translation>Aucune alerte pour l’instant sur cette période.</translation>
    </message>
    <message>
        <source>Announced: %1.</source>
        <translation>Annoncé : %1.</translation>
    </message>
    <message>
        <source>%1 to %2. %3</source>
        <translation>Du %1 au %2. %3</translation>
    </message>
    <message>
        <source>The window resets at %1.</source>
        <translation>La fenêtre repart à zéro à %1.</translation>
    </message>
    <message>
        <source>Only admins change the alerts.</source>
        <translation>Seuls les administrateurs modifient les alertes.</translation>
    </message>
    <message>
        <source>Choose one to five shares.</source>
        <translation>Choisissez d’une à cinq parts.</translation>
    </message>
    <message>
        <source>Saved: alerts at %1%2.</source>
        <translation>Enregistré : alertes à %1%2.</translation>
    </message>
    <message>
        <source>, by mail too</source>
        <translation>, aussi par e-mail</translation>
    </message>
</context>
<context>
    <name>aih::console::RoleMapEditor</name>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Mapped groups decide the role at every sign-in; with none, the role is set once, when the account is made.</source>
        <translation>Les groupes associés décident du rôle à chaque connexion ; sans eux, le rôle est fixé une fois, à la création du compte.</translation>
    </message>
    <message>
        <source>Group at the provider</source>
        <translation>Groupe chez le fournisseur</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Retirer ce groupe</translation>
    </message>
</context>
<context>
    <name>aih::console::RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>Renouveler la clé d&apos;API</translation>
    </message>
    <message>
        <source>Stops at once</source>
        <translation>S&apos;arrête immédiatement</translation>
    </message>
    <message>
        <source>Works for 1 more hour</source>
        <translation>Fonctionne encore 1 heure</translation>
    </message>
    <message>
        <source>Works for 1 more day</source>
        <translation>Fonctionne encore 1 jour</translation>
    </message>
    <message>
        <source>Works for 7 more days</source>
        <translation>Fonctionne encore 7 jours</translation>
    </message>
    <message>
        <source>Rotating &lt;b&gt;%1&lt;/b&gt; issues a new secret. Programs using the old secret must be updated; choose how long the old one keeps working meanwhile.</source>
        <translation>Renouveler &lt;b&gt;%1&lt;/b&gt; émet un nouveau secret. Les programmes qui utilisent l&apos;ancien doivent être mis à jour ; choisissez combien de temps l&apos;ancien reste valable d&apos;ici là.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Old secret</source>
        <translation>Ancien secret</translation>
    </message>
</context>
<context>
    <name>aih::console::ScimPanel</name>
    <message>
        <source>SCIM provisioning</source>
        <translation>Provisionnement SCIM</translation>
    </message>
    <message>
        <source>New SCIM token…</source>
        <translation>Nouveau jeton SCIM…</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>URL de base SCIM</translation>
    </message>
    <message>
        <source>The SCIM status is unavailable: %1</source>
        <translation>L&apos;état SCIM n&apos;est pas disponible : %1</translation>
    </message>
    <message>
        <source>The identity provider has a SCIM token, made %1.</source>
        <translation>Le fournisseur d&apos;identité dispose d&apos;un jeton SCIM, créé le %1.</translation>
    </message>
    <message>
        <source>No SCIM token yet: the identity provider cannot create, change or deactivate accounts.</source>
        <translation>Pas encore de jeton SCIM : le fournisseur d&apos;identité ne peut ni créer, ni modifier, ni désactiver de comptes.</translation>
    </message>
    <message>
        <source>New SCIM token</source>
        <translation>Nouveau jeton SCIM</translation>
    </message>
    <message>
        <source>A new token replaces the current one at once: the identity provider cannot provision accounts until it is given the new one.</source>
        <translation>Un nouveau jeton remplace immédiatement l&apos;actuel : le fournisseur d&apos;identité ne peut plus provisionner de comptes tant qu&apos;il n&apos;a pas reçu le nouveau.</translation>
    </message>
</context>
<context>
    <name>aih::console::ScimTokenDialog</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>SCIM token created</source>
        <translation>Jeton SCIM créé</translation>
    </message>
    <message>
        <source>Enter this token in your identity provider&apos;s provisioning settings now. It is shown only this once and cannot be recovered; a new token replaces it, and the old one stops working at once.</source>
        <translation>Saisissez ce jeton dès maintenant dans les paramètres de provisionnement de votre fournisseur d&apos;identité. Il n&apos;est affiché que cette fois et ne peut pas être récupéré ; un nouveau jeton le remplace, et l&apos;ancien cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>I have stored the token</source>
        <translation>J&apos;ai enregistré le jeton</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>URL de base SCIM</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>aih::console::Session</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Le trousseau du système n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the system keychain: %1</source>
        <translation>La connexion n&apos;a pas pu être enregistrée dans le trousseau du système : %1</translation>
    </message>
    <message>
        <source>Your saved sign-in has ended; please sign in again.</source>
        <translation>Votre connexion enregistrée a pris fin ; veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain: %1</source>
        <translation>La connexion enregistrée n&apos;a pas pu être retirée du trousseau du système : %1</translation>
    </message>
</context>
<context>
    <name>aih::console::SessionsDialog</name>
    <message>
        <source>End session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Vos sessions</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (cette session)</translation>
    </message>
    <message>
        <source>Sign out to end this session.</source>
        <translation>Déconnectez-vous pour terminer cette session.</translation>
    </message>
</context>
<context>
    <name>aih::console::SettingsPage</name>
    <message>
        <source>The language changes when the console starts next.</source>
        <translation>La langue change au prochain démarrage de la console.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Wait for the server</source>
        <translation>Attendre le serveur</translation>
    </message>
    <message>
        <source>Forget profile</source>
        <translation>Oublier le profil</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Effacer les données hors ligne</translation>
    </message>
    <message>
        <source>Offline data was cleared.</source>
        <translation>Les données hors ligne ont été effacées.</translation>
    </message>
    <message>
        <source>Saved sign-ins</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>The console keeps the last lists it saw, so they can be read while the server is unreachable.</source>
        <translation>La console garde les dernières listes vues, pour qu&apos;elles restent lisibles quand le serveur est injoignable.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Forget %1? Its saved sign-in and offline data are removed.</source>
        <translation>Oublier %1 ? Sa connexion enregistrée et ses données hors ligne sont supprimées.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain: %1</source>
        <translation>La connexion enregistrée n&apos;a pas pu être retirée du trousseau du système : %1</translation>
    </message>
</context>
<context>
    <name>aih::console::SignInDialog</name>
    <message>
        <source>Stay signed in on this computer</source>
        <translation>Rester connecté sur cet ordinateur</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to AI Heart</source>
        <translation>Se connecter à AI Heart</translation>
    </message>
    <message>
        <source>Tenant slug or id</source>
        <translation>Identifiant ou ID du locataire</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain; the password is never stored.</source>
        <translation>Garde un jeton de connexion dans le trousseau du système ; le mot de passe n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Enter the tenant, your email and your password.</source>
        <translation>Saisissez le locataire, votre e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>From your authenticator app, or a recovery code</source>
        <translation>De votre application d’authentification, ou un code de récupération</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Saisissez le code de votre application d’authentification.</translation>
    </message>
    <message>
        <source>Sign in with SSO</source>
        <translation>Se connecter avec SSO</translation>
    </message>
    <message>
        <source>Sign in through your organisation&apos;s identity provider in your web browser: give the server and your email, or the tenant. No password is needed here.</source>
        <translation>Connectez-vous dans votre navigateur web par le fournisseur d&apos;identité de votre organisation : indiquez le serveur et votre e-mail, ou le locataire. Aucun mot de passe n&apos;est nécessaire ici.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Enter your email, or the tenant, to sign in with single sign-on.</source>
        <translation>Indiquez votre e-mail, ou le locataire, pour vous connecter par authentification unique.</translation>
    </message>
    <message>
        <source>Asking the server for your identity provider…</source>
        <translation>Demande au serveur de votre fournisseur d&apos;identité…</translation>
    </message>
    <message>
        <source>The web browser could not be opened.</source>
        <translation>Le navigateur web n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Sign in at your identity provider in the web browser; the console carries on by itself.</source>
        <translation>Connectez-vous auprès de votre fournisseur d&apos;identité dans le navigateur web ; la console poursuit d&apos;elle-même.</translation>
    </message>
</context>
<context>
    <name>aih::console::SigningSecretDialog</name>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>Deliveries to &lt;b&gt;%1&lt;/b&gt; are signed with this secret.</source>
        <translation>Les envois vers &lt;b&gt;%1&lt;/b&gt; sont signés avec ce secret.</translation>
    </message>
    <message>
        <source>Store it with your receiver now: it is shown only this once. Verify each delivery with stripe.webhooks.constructEvent(body, AIH-Signature header, secret). If it is lost, rotate the secret.</source>
        <translation>Enregistrez-le maintenant auprès de votre récepteur : il n&apos;est affiché qu&apos;une seule fois. Vérifiez chaque envoi avec stripe.webhooks.constructEvent(body, en-tête AIH-Signature, secret). En cas de perte, renouvelez le secret.</translation>
    </message>
    <message>
        <source>I have stored the secret</source>
        <translation>J&apos;ai enregistré le secret</translation>
    </message>
</context>
<context>
    <name>aih::console::SsoConnectionTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Exigé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Require SSO</source>
        <translation>SSO exigé</translation>
    </message>
    <message>
        <source>SAML 2.0</source>
        <translation>SAML 2.0</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
</context>
<context>
    <name>aih::console::SsoDomainTableModel</name>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
</context>
<context>
    <name>aih::console::SsoPage</name>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Shown once a connection is added</source>
        <translation>Affichée dès qu&apos;une connexion est ajoutée</translation>
    </message>
    <message>
        <source>Register this as the client&apos;s redirect URI at the identity provider.</source>
        <translation>Enregistrez-la comme URI de redirection du client chez le fournisseur d&apos;identité.</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>URI de redirection à enregistrer</translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation>URL de découverte</translation>
    </message>
    <message>
        <source>Identity provider connections</source>
        <translation>Connexions aux fournisseurs d&apos;identité</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Authentification unique</translation>
    </message>
    <message>
        <source>Loading single sign-on…</source>
        <translation>Chargement de l&apos;authentification unique…</translation>
    </message>
    <message>
        <source>A disabled connection signs nobody in.</source>
        <translation>Une connexion désactivée ne connecte personne.</translation>
    </message>
    <message>
        <source>%1 is saved. Register the redirect URI below at the identity provider, then test the connection.</source>
        <translation>%1 est enregistrée. Enregistrez l&apos;URI de redirection ci-dessous chez le fournisseur d&apos;identité, puis testez la connexion.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Delete %1? Its members can no longer sign in through this identity provider, and their accounts&apos; links to it are removed. This cannot be undone.</source>
        <translation>Supprimer %1 ? Ses membres ne pourront plus se connecter par ce fournisseur d&apos;identité, et les liens de leurs comptes avec lui sont supprimés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimée.</translation>
    </message>
    <message>
        <source>ACS URL to register</source>
        <translation>URL ACS à enregistrer</translation>
    </message>
    <message>
        <source>Entity ID and metadata URL</source>
        <translation>ID d’entité et URL des métadonnées</translation>
    </message>
    <message>
        <source>%1 is saved. Give the identity provider the ACS URL and entity ID below, then test the connection.</source>
        <translation>%1 est enregistrée. Donnez au fournisseur d’identité l’URL ACS et l’ID d’entité ci-dessous, puis testez la connexion.</translation>
    </message>
</context>
<context>
    <name>aih::console::StatusBanner</name>
    <message>
        <source>The server cannot be reached. Showing what was last seen on %1.</source>
        <translation>Le serveur est injoignable. Affichage de ce qui a été vu le %1.</translation>
    </message>
</context>
<context>
    <name>aih::console::StatusChart</name>
    <message>
        <source>Status classes</source>
        <translation>Classes d&apos;état</translation>
    </message>
</context>
<context>
    <name>aih::console::SupportAccessPage</name>
    <message>
        <source>Grant access</source>
        <translation>Accorder l’accès</translation>
    </message>
    <message>
        <source>End access…</source>
        <translation>Mettre fin à l’accès…</translation>
    </message>
    <message>
        <source>Let support look</source>
        <translation>Laisser le support regarder</translation>
    </message>
    <message>
        <source>The platform&apos;s support staff cannot see your tenant unless you let them. While access is in force they can read what an admin reads here, and change nothing; each time they open it, it is in your audit trail, with their name. End it whenever you like.</source>
        <translation>Le support de la plateforme ne voit votre locataire que si vous l’y autorisez. Tant que l’accès est en vigueur, il peut lire ce qu’un administrateur lit ici, sans rien modifier ; chaque ouverture figure dans votre journal d’audit, avec son nom. Mettez-y fin quand vous voulez.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 heures</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 jours</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 jours</translation>
    </message>
    <message>
        <source>For example, the support ticket&apos;s number</source>
        <translation>Par exemple, le numéro du ticket de support</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>Accès du support</translation>
    </message>
    <message>
        <source>Loading support access…</source>
        <translation>Chargement de l’accès du support…</translation>
    </message>
    <message>
        <source>Support may read your tenant until %1.</source>
        <translation>Le support peut lire votre locataire jusqu’au %1.</translation>
    </message>
    <message>
        <source>End support access</source>
        <translation>Mettre fin à l’accès du support</translation>
    </message>
    <message>
        <source>End this access now? Support staff reading your tenant under it are shut out at once.</source>
        <translation>Mettre fin à cet accès maintenant ? Le support qui lit votre locataire grâce à lui en est exclu immédiatement.</translation>
    </message>
    <message>
        <source>Support access ended.</source>
        <translation>Accès du support terminé.</translation>
    </message>
</context>
<context>
    <name>aih::console::SupportGrantTableModel</name>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last by %1 on %2</source>
        <translation>
            <numerusform>%n fois, la dernière par %1 le %2</numerusform>
            <numerusform>%n fois, la dernière par %1 le %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>aih::console::SupportViewDialog</name>
    <message>
        <source>%1 (read-only support view)</source>
        <translation>%1 (vue support en lecture seule)</translation>
    </message>
    <message>
        <source>You are reading &lt;b&gt;%1&lt;/b&gt; under its admin&apos;s support grant, until %2. Nothing can be changed from here, and the tenant&apos;s audit trail shows that you opened it.</source>
        <translation>Vous lisez &lt;b&gt;%1&lt;/b&gt; grâce à l’accès du support accordé par son administrateur, jusqu’au %2. Rien ne peut être modifié d’ici, et le journal d’audit du locataire montre que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Plan: %1, %2</source>
        <translation>Offre : %1, %2</translation>
    </message>
    <message>
        <source>The support view has ended: the grant expired or was revoked.</source>
        <translation>La vue support est terminée : l’accès a expiré ou a été révoqué.</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantDetailDialog</name>
    <message>
        <source>%1 (custom deal)</source>
        <translation>%1 (accord sur mesure)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>What operators did to it</source>
        <translation>Ce que les opérateurs y ont fait</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Aucun abonnement</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closing: its data is deleted on %1</source>
        <translation>En fermeture : ses données sont supprimées le %1</translation>
    </message>
    <message>
        <source>Closed, its data deleted</source>
        <translation>Fermé, données supprimées</translation>
    </message>
    <message>
        <source>Suspended since %1</source>
        <translation>Suspendu depuis le %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>%1 of %2, %3 invited</source>
        <translation>%1 sur %2, %3 invités</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Appels par heure</translation>
    </message>
    <message>
        <source>Calls per month</source>
        <translation>Appels par mois</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Domaine personnalisé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Second factor required of</source>
        <translation>Second facteur exigé de</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantStateTableModel</name>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantTableModel</name>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Paiement en retard</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Closed, data deleted</source>
        <translation>Fermé, données supprimées</translation>
    </message>
    <message>
        <source>Closing: deleted %1</source>
        <translation>En fermeture : supprimé le %1</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantsPage</name>
    <message>
        <source>Suspend…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Réactiver…</translation>
    </message>
    <message>
        <source>Search by name or slug</source>
        <translation>Rechercher par nom ou identifiant</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Tous les forfaits</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Paiement en retard</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>Chargement des locataires…</translation>
    </message>
    <message>
        <source>No tenant matches.</source>
        <translation>Aucun locataire ne correspond.</translation>
    </message>
    <message>
        <source>Platform support is read-only.</source>
        <translation>Le support de la plateforme est en lecture seule.</translation>
    </message>
    <message>
        <source>Suspend %1? Its API keys and sign-ins are refused at once; its data stays.</source>
        <translation>Suspendre %1 ? Ses clés d’API et ses connexions sont refusées aussitôt ; ses données sont conservées.</translation>
    </message>
    <message>
        <source>Reactivate %1? Its API keys and sign-ins work again at once.</source>
        <translation>Réactiver %1 ? Ses clés d’API et ses connexions fonctionnent de nouveau aussitôt.</translation>
    </message>
    <message>
        <source>Suspend tenant</source>
        <translation>Suspendre le locataire</translation>
    </message>
    <message>
        <source>Reactivate tenant</source>
        <translation>Réactiver le locataire</translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation>Suspension de %1…</translation>
    </message>
    <message>
        <source>Reactivating %1…</source>
        <translation>Réactivation de %1…</translation>
    </message>
    <message>
        <source>%1 is suspended.</source>
        <translation>%1 est suspendu.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif.</translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation>Limites…</translation>
    </message>
    <message>
        <source>Loading the limits of %1…</source>
        <translation>Chargement des limites de %1…</translation>
    </message>
    <message>
        <source>The limits of %1 are saved.</source>
        <translation>Les limites de %1 sont enregistrées.</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Fermer…</translation>
    </message>
    <message>
        <source>Download archive…</source>
        <translation>Télécharger l’archive…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <source>%1 is closed and its archive written.</source>
        <translation>%1 est fermé et son archive écrite.</translation>
    </message>
    <message>
        <source>Save the archive of %1</source>
        <translation>Enregistrer l’archive de %1</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Downloading the archive of %1</source>
        <translation>Téléchargement de l’archive de %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>View as support…</source>
        <translation>Voir en tant que support…</translation>
    </message>
    <message>
        <source>Read the tenant as its admin would, without changing anything. Needs the tenant admin&apos;s support grant; the tenant sees the opening in its audit trail.</source>
        <translation>Lire le locataire comme son administrateur, sans rien modifier. Nécessite l’accès du support accordé par l’administrateur du locataire ; le locataire voit l’ouverture dans son journal d’audit.</translation>
    </message>
    <message>
        <source>Opening %1 read-only…</source>
        <translation>Ouverture de %1 en lecture seule…</translation>
    </message>
    <message>
        <source>%1 is open read-only until %2.</source>
        <translation>%1 est ouvert en lecture seule jusqu’au %2.</translation>
    </message>
    <message>
        <source>%1 has not granted support access, or its grant has ended: ask the tenant&apos;s admin to grant it on the console&apos;s Support access page.</source>
        <translation>%1 n’a pas accordé d’accès au support, ou cet accès a pris fin : demandez à l’administrateur du locataire de l’accorder depuis la page Accès du support de la console.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
</context>
<context>
    <name>aih::console::TiersChart</name>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Tenants by plan</source>
        <translation>Locataires par forfait</translation>
    </message>
</context>
<context>
    <name>aih::console::TopConsumersModel</name>
    <message>
        <source>Consumer</source>
        <translation>Consommateur</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>aih::console::TwoFactorDialog</name>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Interrogation du serveur…</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app (or type the secret in), store the recovery codes somewhere safe, and enter the app&apos;s first code. The recovery codes are shown only now; each signs you in once if the phone is lost.</source>
        <translation>Scannez le code avec une application d’authentification (ou saisissez le secret), gardez les codes de récupération en lieu sûr et saisissez le premier code de l’application. Les codes de récupération ne sont affichés que maintenant ; chacun vous connecte une fois si le téléphone est perdu.</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. To turn it off, enter a code from the app or one of your recovery codes.</source>
        <translation>L’authentification à deux facteurs est activée. Pour la désactiver, saisissez un code de l’application ou l’un de vos codes de récupération.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>Saisissez un code.</translation>
    </message>
</context>
<context>
    <name>aih::console::UsageCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>aih::console::UserTableModel</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>aih::console::UsersPage</name>
    <message>
        <source>Show deactivated</source>
        <translation>Afficher les désactivés</translation>
    </message>
    <message>
        <source>Filter by email or name</source>
        <translation>Filtrer par e-mail ou nom</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>Nommer %1</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>Add a user to the tenant (Ctrl+N)</source>
        <translation>Ajouter un utilisateur au locataire (Ctrl+N)</translation>
    </message>
    <message>
        <source>%1 of %2 users on the %3 plan</source>
        <translation>%1 utilisateurs sur %2 avec l&apos;offre %3</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Sélectionnez un utilisateur.</translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation>Seuls les admins peuvent changer les rôles.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 a été réactivé.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Deactivate %1? Their sessions end and their API keys are revoked at once.</source>
        <translation>Désactiver %1 ? Ses sessions prennent fin et ses clés d&apos;API sont révoquées immédiatement.</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 a été désactivé.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Send password reset mail</source>
        <translation>Envoyer le courriel de réinitialisation</translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation>Terminer toutes les sessions</translation>
    </message>
    <message>
        <source>Only admins can reset passwords or end sessions.</source>
        <translation>Seuls les admins peuvent réinitialiser les mots de passe ou terminer les sessions.</translation>
    </message>
    <message>
        <source>An invitation was mailed to %1.</source>
        <translation>Une invitation a été envoyée à %1.</translation>
    </message>
    <message>
        <source>A password reset mail is on its way to %1; you never see the password.</source>
        <translation>Un courriel de réinitialisation part vers %1 ; vous ne voyez jamais le mot de passe.</translation>
    </message>
    <message>
        <source>Every session of %1 has ended.</source>
        <translation>Toutes les sessions de %1 sont terminées.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exporter les données personnelles…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Only admins can export or erase a person&apos;s data.</source>
        <translation>Seuls les administrateurs peuvent exporter ou effacer les données d’une personne.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exporter les données personnelles</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The personal data of %1 is saved in %2.</source>
        <translation>Les données personnelles de %1 sont enregistrées dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased. Audit entries that now name a stand-in: %n.</source>
        <translation>
            <numerusform>Les données personnelles de %1 sont effacées. Entrées d’audit qui nomment désormais un remplaçant : %n.</numerusform>
            <numerusform>Les données personnelles de %1 sont effacées. Entrées d’audit qui nomment désormais un remplaçant : %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::WebhookDeliveryTableModel</name>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Retrying at %1</source>
        <translation>Nouvel essai à %1</translation>
    </message>
    <message>
        <source>%1 (replay)</source>
        <translation>%1 (renvoi)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
</context>
<context>
    <name>aih::console::WebhookEndpointTableModel</name>
    <message>
        <source>Disabled: kept failing</source>
        <translation>Désactivé : échecs répétés</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message numerus="yes">
        <source>Failing since %1 (%n attempt(s))</source>
        <translation>
            <numerusform>En échec depuis %1 (%n tentative)</numerusform>
            <numerusform>En échec depuis %1 (%n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>aih::console::WebhooksPage</name>
    <message>
        <source>New endpoint</source>
        <translation>Nouveau point de terminaison</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Deliveries of the selected endpoint</source>
        <translation>Envois du point de terminaison sélectionné</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Loading webhook endpoints…</source>
        <translation>Chargement des points de terminaison webhook…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Enable the endpoint to send deliveries again.</source>
        <translation>Activez le point de terminaison pour renvoyer des envois.</translation>
    </message>
    <message>
        <source>Rotate signing secret</source>
        <translation>Renouveler le secret de signature</translation>
    </message>
    <message>
        <source>Give %1 a new signing secret? The old one keeps signing beside it for 24 hours, so the receiver can switch over without dropping events.</source>
        <translation>Donner un nouveau secret de signature à %1 ? L&apos;ancien continue de signer à ses côtés pendant 24 heures, pour que le récepteur bascule sans perdre d&apos;événements.</translation>
    </message>
    <message>
        <source>Delete webhook endpoint</source>
        <translation>Supprimer le point de terminaison webhook</translation>
    </message>
    <message>
        <source>Delete %1? Its pending deliveries are dropped and its log goes with it.</source>
        <translation>Supprimer %1 ? Ses envois en attente sont abandonnés et son journal disparaît avec lui.</translation>
    </message>
    <message>
        <source>The event is being sent again.</source>
        <translation>L&apos;événement est renvoyé.</translation>
    </message>
</context>
</TS>
