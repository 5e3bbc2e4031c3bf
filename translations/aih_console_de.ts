<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiProblem</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified; the connection was refused.</source>
        <translation>Die Identität des Servers konnte nicht geprüft werden; die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server redirected the request; check the server address.</source>
        <translation>Der Server hat die Anfrage umgeleitet; prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent a response the console does not understand.</source>
        <translation>Der Server hat eine Antwort geschickt, die die Konsole nicht versteht.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Your plan&apos;s limit is reached.</source>
        <translation>Das Limit Ihres Tarifs ist erreicht.</translation>
    </message>
    <message>
        <source>Your plan does not include this feature.</source>
        <translation>Ihr Tarif enthält diese Funktion nicht.</translation>
    </message>
    <message>
        <source>This needs the %1 plan or higher.</source>
        <translation>Dafür ist der Tarif %1 oder höher nötig.</translation>
    </message>
    <message>
        <source>The tenant must keep at least one active admin.</source>
        <translation>Der Mandant braucht mindestens einen aktiven Admin.</translation>
    </message>
    <message>
        <source>The tenant, email or password is not right.</source>
        <translation>Mandant, E-Mail oder Passwort stimmen nicht.</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended.</source>
        <translation>Sie sind nicht angemeldet oder Ihre Sitzung ist abgelaufen.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Das dürfen Sie nicht.</translation>
    </message>
    <message>
        <source>Not found: it does not exist or is not visible to you.</source>
        <translation>Nicht gefunden: Es existiert nicht oder ist für Sie nicht sichtbar.</translation>
    </message>
    <message>
        <source>This conflicts with something that already exists.</source>
        <translation>Das steht im Konflikt mit etwas, das bereits existiert.</translation>
    </message>
    <message>
        <source>What you sent is too large.</source>
        <translation>Was Sie gesendet haben, ist zu groß.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Zu viele Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Der Server hatte ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>The sign-in in the web browser did not complete.</source>
        <translation>Die Anmeldung im Webbrowser wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>This account signs in through single sign-on: use “Sign in with SSO”.</source>
        <translation>Dieses Konto meldet sich per Single Sign-on an: Verwenden Sie „Mit SSO anmelden“.</translation>
    </message>
    <message>
        <source>The identity provider could not be used.</source>
        <translation>Der Identitätsanbieter konnte nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Enter the server address, e.g. https://aih.example.com.</source>
        <translation>Geben Sie die Serveradresse ein, z. B. https://aih.example.com.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Die Serveradresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, query or fragment.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer; use https:// for %1.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer erlaubt; verwenden Sie https:// für %1.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Only admins and managers can add users.</source>
        <translation>Nur Admins und Manager können Benutzer hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 plan allows %n active user(s); upgrade the plan or deactivate someone first.</source>
        <translation>
            <numerusform>Der Tarif %1 erlaubt %n aktiven Benutzer; wechseln Sie den Tarif oder deaktivieren Sie zuerst jemanden.</numerusform>
            <numerusform>Der Tarif %1 erlaubt %n aktive Benutzer; wechseln Sie den Tarif oder deaktivieren Sie zuerst jemanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation>Nur Admins können Rollen ändern.</translation>
    </message>
    <message>
        <source>%1 already has this role.</source>
        <translation>%1 hat diese Rolle bereits.</translation>
    </message>
    <message>
        <source>%1 is the only active admin; make someone else admin first.</source>
        <translation>%1 ist der einzige aktive Admin; machen Sie zuerst jemand anderen zum Admin.</translation>
    </message>
    <message>
        <source>Only admins can deactivate or reactivate users.</source>
        <translation>Nur Admins können Benutzer deaktivieren oder reaktivieren.</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 ist bereits aktiv.</translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation>%1 ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>The plan&apos;s user limit is reached.</source>
        <translation>Das Benutzerlimit des Tarifs ist erreicht.</translation>
    </message>
</context>
<context>
    <name>aih::console::ApiJob</name>
    <message>
        <source>The list has no data.</source>
        <translation>Die Liste enthält keine Daten.</translation>
    </message>
    <message>
        <source>The list repeats itself.</source>
        <translation>Die Liste wiederholt sich.</translation>
    </message>
</context>
<context>
    <name>aih::console::ApiKeyTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active (old secret valid until %1)</source>
        <translation>Aktiv (altes Geheimnis gültig bis %1)</translation>
    </message>
    <message>
        <source>Active, expires soon</source>
        <translation>Aktiv, läuft bald ab</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 / hour</source>
        <translation>%1 / Stunde</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
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
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netze</translation>
    </message>
</context>
<context>
    <name>aih::console::ApiKeysPage</name>
    <message>
        <source>Show every key of the tenant</source>
        <translation>Alle Schlüssel des Mandanten zeigen</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>API-Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>This hour the tenant has made %1 of %2 API calls; the window resets at %3.</source>
        <translation>In dieser Stunde hat der Mandant %1 von %2 API-Aufrufen gemacht; das Fenster beginnt um %3 neu.</translation>
    </message>
    <message>
        <source>Create an API key (Ctrl+N)</source>
        <translation>API-Schlüssel anlegen (Strg+N)</translation>
    </message>
    <message>
        <source>API keys need the Basic plan or higher; see Billing.</source>
        <translation>API-Schlüssel brauchen den Tarif Basic oder höher; siehe Abrechnung.</translation>
    </message>
    <message>
        <source>Only the key&apos;s owner or an admin can do this.</source>
        <translation>Das können nur der Besitzer des Schlüssels oder ein Admin.</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird rotiert…</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1? Programs using it are refused at once; this cannot be undone.</source>
        <translation>%1 widerrufen? Programme, die ihn nutzen, werden sofort abgewiesen; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>%1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>The rate-limit status is unavailable: %1</source>
        <translation>Der Ratenlimit-Status ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Filter by name, prefix, scope or status</source>
        <translation>Nach Name, Präfix, Berechtigung oder Status filtern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export API keys</source>
        <translation>API-Schlüssel exportieren</translation>
    </message>
</context>
<context>
    <name>aih::console::AuditDetailDialog</name>
    <message>
        <source>Audit entry %1</source>
        <translation>Audit-Eintrag %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Alles Aufgezeichnete</translation>
    </message>
    <message>
        <source>Actor ID</source>
        <translation>Akteur-ID</translation>
    </message>
</context>
<context>
    <name>aih::console::AuditPage</name>
    <message>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Action, e.g. user.create</source>
        <translation>Aktion, z. B. user.create</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
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
        <source>Search (3 characters or more)</source>
        <translation>Suchen (3 Zeichen oder mehr)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation>Als CSV…</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Only admins can export the log or verify it.</source>
        <translation>Nur Admins können das Log exportieren oder prüfen.</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Audit-Log wird geladen…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Log exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation>JSON-Zeilen (*.jsonl *.json)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Kette wird geprüft…</translation>
    </message>
    <message>
        <source>✔ The chain is intact: %1 entries checked.</source>
        <translation>✔ Die Kette ist intakt: %1 Einträge geprüft.</translation>
    </message>
    <message>
        <source>✘ The chain is broken at entry %1 (%2): %3</source>
        <translation>✘ Die Kette ist bei Eintrag %1 unterbrochen (%2): %3</translation>
    </message>
    <message>
        <source>As JSON lines…</source>
        <translation>Als JSON-Zeilen…</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Audit-Log wird exportiert</translation>
    </message>
    <message>
        <source>Compliance report…</source>
        <translation>Compliance-Bericht…</translation>
    </message>
</context>
<context>
    <name>aih::console::AuditTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>aih::console::BillingPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation>API-Aufrufe in dieser Stunde</translation>
    </message>
    <message>
        <source>Manage billing…</source>
        <translation>Abrechnung verwalten…</translation>
    </message>
    <message>
        <source>the billing portal</source>
        <translation>das Abrechnungsportal</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Aktueller Tarif</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Only admins can manage billing.</source>
        <translation>Nur Admins können die Abrechnung verwalten.</translation>
    </message>
    <message>
        <source>%1 plan, %2</source>
        <translation>Tarif %1, %2</translation>
    </message>
    <message>
        <source>Loading plans…</source>
        <translation>Tarife werden geladen…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This server does not offer billing yet (GET /api/billing/plans).</source>
        <translation>Dieser Server bietet noch keine Abrechnung an (GET /api/billing/plans).</translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation>Endet am %1</translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation>Verlängert sich am %1</translation>
    </message>
    <message>
        <source>Payment overdue: features stay until %1</source>
        <translation>Zahlung überfällig: Funktionen bleiben bis %1</translation>
    </message>
    <message>
        <source>Last payment succeeded on %1</source>
        <translation>Letzte Zahlung erfolgreich am %1</translation>
    </message>
    <message>
        <source>Last payment failed on %1</source>
        <translation>Letzte Zahlung fehlgeschlagen am %1</translation>
    </message>
    <message>
        <source>Stripe Checkout</source>
        <translation>Stripe Checkout</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 opened in your browser. Refresh this page when you are done.</source>
        <translation>%1 wurde im Browser geöffnet. Aktualisieren Sie diese Seite, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation>Kein Browser konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>API calls this billing period</source>
        <translation>API-Aufrufe in diesem Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>The period ends %1.</source>
        <translation>Der Zeitraum endet am %1.</translation>
    </message>
</context>
<context>
    <name>aih::console::BrandingPage</name>
    <message>
        <source>Upload logo…</source>
        <translation>Logo hochladen…</translation>
    </message>
    <message>
        <source>Upload favicon…</source>
        <translation>Favicon hochladen…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Hauptfarbe</translation>
    </message>
    <message>
        <source>Secondary colour</source>
        <translation>Zweitfarbe</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>Willkommensnachricht</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Fußzeilentext</translation>
    </message>
    <message>
        <source>Portal shows</source>
        <translation>Portal zeigt</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Custom CSS</source>
        <translation>Eigenes CSS</translation>
    </message>
    <message>
        <source>Portal preview</source>
        <translation>Portal-Vorschau</translation>
    </message>
    <message>
        <source>Page HTML</source>
        <translation>Seiten-HTML</translation>
    </message>
    <message>
        <source>Stylesheet</source>
        <translation>Stylesheet</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Loading branding…</source>
        <translation>Branding wird geladen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation>Logo gesetzt</translation>
    </message>
    <message>
        <source>No favicon</source>
        <translation>Kein Favicon</translation>
    </message>
    <message>
        <source>Favicon set</source>
        <translation>Favicon gesetzt</translation>
    </message>
    <message>
        <source>Meditations</source>
        <translation>Meditationen</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Begleitung</translation>
    </message>
    <message>
        <source>Hide the AI Heart mark</source>
        <translation>AI-Heart-Zeichen ausblenden</translation>
    </message>
    <message>
        <source>Branding needs the Pro plan or higher. &lt;a href=&quot;billing&quot;&gt;See plans&lt;/a&gt;</source>
        <translation>Branding braucht den Tarif Pro oder höher. &lt;a href=&quot;billing&quot;&gt;Tarife ansehen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Only admins can change the branding.</source>
        <translation>Nur Admins können das Branding ändern.</translation>
    </message>
    <message>
        <source>Custom CSS needs the Enterprise plan.</source>
        <translation>Eigenes CSS braucht den Tarif Enterprise.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Left out of the CSS:
%1</source>
        <translation>Aus dem CSS entfernt:
%1</translation>
    </message>
    <message>
        <source>Saving branding…</source>
        <translation>Branding wird gespeichert…</translation>
    </message>
    <message>
        <source>Branding saved; the portal shows it now.</source>
        <translation>Branding gespeichert; das Portal zeigt es jetzt.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Choose a favicon</source>
        <translation>Favicon auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Icons (*.ico *.png)</source>
        <translation>Symbole (*.ico *.png)</translation>
    </message>
    <message>
        <source>%1 cannot be read, or is larger than 4 MB.</source>
        <translation>%1 kann nicht gelesen werden oder ist größer als 4 MB.</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <source>The logo was uploaded.</source>
        <translation>Das Logo wurde hochgeladen.</translation>
    </message>
    <message>
        <source>The favicon was uploaded.</source>
        <translation>Das Favicon wurde hochgeladen.</translation>
    </message>
</context>
<context>
    <name>aih::console::CallsChart</name>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>aih::console::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Mindestens 12 Zeichen</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Your other sessions end when the password changes.</source>
        <translation>Ihre anderen Sitzungen enden, wenn sich das Passwort ändert.</translation>
    </message>
    <message>
        <source>Enter the current password and the new one.</source>
        <translation>Geben Sie das aktuelle und das neue Passwort ein.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Das neue Passwort und seine Wiederholung unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>aih::console::CloseTenantDialog</name>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>Closing suspends %1 at once and writes an archive of all its data, which you can download here. When the grace period ends, its users, keys, usage and settings are deleted; its audit trail stays with the personal data in it made unreadable. Reactivating it before then cancels the closing.</source>
        <translation>Das Schließen sperrt %1 sofort und schreibt ein Archiv aller Daten, das Sie hier herunterladen können. Nach Ablauf der Frist werden Benutzer, Schlüssel, Nutzung und Einstellungen gelöscht; das Audit-Log bleibt, die personenbezogenen Daten darin werden unlesbar. Eine Reaktivierung vorher bricht das Schließen ab.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Zur Bestätigung %1 eingeben</translation>
    </message>
    <message>
        <source>Close tenant</source>
        <translation>Mandanten schließen</translation>
    </message>
</context>
<context>
    <name>aih::console::ColourField</name>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe auswählen</translation>
    </message>
</context>
<context>
    <name>aih::console::ComplianceReportDialog</name>
    <message>
        <source>Build report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation>Compliance-Bericht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Nach Aktion</translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation>Admin-Aktionen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>From %1 to %2, whole days</source>
        <translation>Vom %1 bis %2, ganze Tage</translation>
    </message>
    <message>
        <source>%1, of which %2 failed</source>
        <translation>%1, davon %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 on %2 accounts</source>
        <translation>%1 auf %2 Konten</translation>
    </message>
    <message>
        <source>no checkpoint signed yet</source>
        <translation>noch kein Kontrollpunkt signiert</translation>
    </message>
    <message>
        <source>newest checkpoint at entry %1, signed %2 with key %3</source>
        <translation>neuester Kontrollpunkt bei Eintrag %1, signiert %2 mit Schlüssel %3</translation>
    </message>
    <message>
        <source>%1 entries; %2</source>
        <translation>%1 Einträge; %2</translation>
    </message>
</context>
<context>
    <name>aih::console::ConnectionDialog</name>
    <message>
        <source>Remove the stored secret (a public client)</source>
        <translation>Gespeichertes Geheimnis entfernen (öffentlicher Client)</translation>
    </message>
    <message>
        <source>Members can sign in through this connection</source>
        <translation>Mitglieder können sich über diese Verbindung anmelden</translation>
    </message>
    <message>
        <source>Require single sign-on for addresses in the verified domains</source>
        <translation>Single Sign-on für Adressen in den verifizierten Domains verlangen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>The role of a member none of whose groups is mapped, and of new accounts when no group is.</source>
        <translation>Die Rolle eines Mitglieds, von dessen Gruppen keine zugeordnet ist, und neuer Konten, wenn gar keine Gruppe zugeordnet ist.</translation>
    </message>
    <message>
        <source>Password sign-in is refused for these addresses, except for the break-glass admin.</source>
        <translation>Die Anmeldung mit Passwort wird für diese Adressen abgelehnt, außer für den Notfall-Admin.</translation>
    </message>
    <message>
        <source>Without a break-glass admin nobody in the verified domains can sign in with a password; if the identity provider fails, the tenant is locked out.</source>
        <translation>Ohne Notfall-Admin kann sich niemand in den verifizierten Domains mit Passwort anmelden; fällt der Identitätsanbieter aus, ist der Mandant ausgesperrt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Groups claim</source>
        <translation>Gruppen-Claim</translation>
    </message>
    <message>
        <source>Group roles</source>
        <translation>Gruppenrollen</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <source>Break-glass admin</source>
        <translation>Notfall-Admin</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation>Discovery-URL</translation>
    </message>
    <message>
        <source>None: a public client, protected by PKCE</source>
        <translation>Keines: ein öffentlicher Client, durch PKCE geschützt</translation>
    </message>
    <message>
        <source>Unchanged (a secret is stored)</source>
        <translation>Unverändert (ein Geheimnis ist gespeichert)</translation>
    </message>
    <message>
        <source>None (a public client)</source>
        <translation>Keines (ein öffentlicher Client)</translation>
    </message>
    <message>
        <source>Not an active admin (%1)</source>
        <translation>Kein aktiver Admin (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niemand</translation>
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
        <translation>Eine Verbindung behält ihr Protokoll; legen Sie für ein anderes eine neue an.</translation>
    </message>
    <message>
        <source>Paste the identity provider&apos;s SAML metadata (XML), as Okta, Entra ID or Google Workspace offer it for download.</source>
        <translation>Fügen Sie die SAML-Metadaten (XML) des Identitätsanbieters ein, wie Okta, Entra ID oder Google Workspace sie zum Herunterladen anbieten.</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Identity provider metadata</source>
        <translation>Metadaten des Identitätsanbieters</translation>
    </message>
    <message>
        <source>ACS URL</source>
        <translation>ACS-URL</translation>
    </message>
    <message>
        <source>Entity ID and metadata URL</source>
        <translation>Entity-ID und Metadaten-URL</translation>
    </message>
    <message>
        <source>Groups attribute</source>
        <translation>Gruppenattribut</translation>
    </message>
</context>
<context>
    <name>aih::console::ConnectionTestDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>%1 testen</translation>
    </message>
    <message>
        <source>The web browser could not be opened.</source>
        <translation>Der Webbrowser konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Sign in at the identity provider in your web browser, as a member of the tenant would. Nobody is signed in by the test; this shows what the provider sent.</source>
        <translation>Melden Sie sich im Webbrowser beim Identitätsanbieter an, wie es ein Mitglied des Mandanten tun würde. Der Test meldet niemanden an; hier steht, was der Anbieter geschickt hat.</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer was not accepted: %1</source>
        <translation>Die Antwort des Identitätsanbieters wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer was accepted.</source>
        <translation>Die Antwort des Identitätsanbieters wurde angenommen.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (verifiziert)</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (nicht verifiziert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Maps to role</source>
        <translation>Ergibt die Rolle</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>aih::console::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>aih::console::CreateKeyDialog</name>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Only admins and managers can hold keys with the admin scope.</source>
        <translation>Nur Admins und Manager dürfen Schlüssel mit dem Bereich admin besitzen.</translation>
    </message>
    <message>
        <source>Plan limit (%1 per hour)</source>
        <translation>Tariflimit (%1 pro Stunde)</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> pro Stunde</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel anlegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Anywhere, or CIDR blocks: 203.0.113.0/24, 2001:db8::/32</source>
        <translation>Überall, oder CIDR-Blöcke: 203.0.113.0/24, 2001:db8::/32</translation>
    </message>
    <message>
        <source>Requests with the key from any other address are refused. Up to 32 blocks, separated by commas or spaces.</source>
        <translation>Anfragen mit dem Schlüssel von jeder anderen Adresse werden abgewiesen. Bis zu 32 Blöcke, durch Kommas oder Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <translation>Erlaubte Netze</translation>
    </message>
    <message>
        <source>At most 32 networks.</source>
        <translation>Höchstens 32 Netze.</translation>
    </message>
    <message>
        <source>%1 is not a network; write it as 203.0.113.0/24.</source>
        <translation>%1 ist kein Netz; schreiben Sie es als 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>No burst limit</source>
        <translation>Kein Burst-Limit</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>Calls beyond this many in a second are refused with 429, on each server.</source>
        <translation>Aufrufe über diese Zahl pro Sekunde hinaus werden auf jedem Server mit 429 abgewiesen.</translation>
    </message>
    <message>
        <source>Burst limit</source>
        <translation>Burst-Limit</translation>
    </message>
</context>
<context>
    <name>aih::console::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>A password needs 10 to 256 characters.</source>
        <translation>Ein Passwort braucht 10 bis 256 Zeichen.</translation>
    </message>
    <message>
        <source>Empty: mail an invitation instead</source>
        <translation>Leer: stattdessen eine Einladung senden</translation>
    </message>
</context>
<context>
    <name>aih::console::CredentialStore</name>
    <message>
        <source>The secret is too large for the system keychain.</source>
        <translation>Das Geheimnis ist zu groß für den Systemschlüsselbund.</translation>
    </message>
</context>
<context>
    <name>aih::console::DashboardPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation>API-Aufrufe in dieser Stunde</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
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
        <source>Refresh (F5)</source>
        <translation>Aktualisieren (F5)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Resets at %1</source>
        <translation>Neubeginn um %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Analytics are for admins and managers.</source>
        <translation>Auswertungen sind für Admins und Manager.</translation>
    </message>
    <message>
        <source>Loading analytics…</source>
        <translation>Auswertungen werden geladen…</translation>
    </message>
    <message>
        <source>This server does not offer analytics yet (GET /api/enterprise/admin/analytics).</source>
        <translation>Dieser Server bietet noch keine Auswertungen an (GET /api/enterprise/admin/analytics).</translation>
    </message>
    <message>
        <source>active users on the plan</source>
        <translation>aktive Benutzer im Tarif</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::DomainPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Check DNS now</source>
        <translation>DNS jetzt prüfen</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>Domain entfernen</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Eigene Domain</translation>
    </message>
    <message>
        <source>Serve your branded portal on a domain of your own, such as portal.example.com. Point the domain at the platform (a CNAME record), save it here, and publish the TXT record shown below to prove that it is yours.</source>
        <translation>Stellen Sie Ihr gebrandetes Portal unter einer eigenen Domain bereit, etwa portal.example.com. Lassen Sie die Domain auf die Plattform zeigen (ein CNAME-Eintrag), speichern Sie sie hier und veröffentlichen Sie den unten gezeigten TXT-Eintrag, um zu belegen, dass sie Ihnen gehört.</translation>
    </message>
    <message>
        <source>Proof of ownership</source>
        <translation>Nachweis der Inhaberschaft</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Loading the custom domain…</source>
        <translation>Eigene Domain wird geladen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is verified and serves your portal.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist verifiziert und stellt Ihr Portal bereit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is waiting for its proof: add this record at your DNS provider, then check.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wartet auf den Nachweis: Legen Sie diesen Eintrag bei Ihrem DNS-Anbieter an und prüfen Sie dann.</translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation>Verifiziert am %1.</translation>
    </message>
    <message>
        <source>Last checked %1: %2</source>
        <translation>Zuletzt geprüft am %1: %2</translation>
    </message>
    <message>
        <source>the record was not found yet.</source>
        <translation>der Eintrag wurde noch nicht gefunden.</translation>
    </message>
    <message>
        <source>Not checked yet. DNS changes can take a while to be seen.</source>
        <translation>Noch nicht geprüft. DNS-Änderungen können eine Weile brauchen, bis sie sichtbar sind.</translation>
    </message>
    <message>
        <source>Saved. Publish the TXT record below, then check DNS.</source>
        <translation>Gespeichert. Veröffentlichen Sie den TXT-Eintrag unten und prüfen Sie dann das DNS.</translation>
    </message>
    <message>
        <source>Replace custom domain</source>
        <translation>Eigene Domain ersetzen</translation>
    </message>
    <message>
        <source>%1 serves your portal now. Replace it with %2? The portal stops answering on %1 until the new domain is verified.</source>
        <translation>%1 stellt Ihr Portal gerade bereit. Durch %2 ersetzen? Das Portal antwortet unter %1 nicht mehr, bis die neue Domain verifiziert ist.</translation>
    </message>
    <message>
        <source>Looking the TXT record up…</source>
        <translation>Der TXT-Eintrag wird abgefragt…</translation>
    </message>
    <message>
        <source>Verified: the domain serves your portal.</source>
        <translation>Verifiziert: Die Domain stellt Ihr Portal bereit.</translation>
    </message>
    <message>
        <source>Remove custom domain</source>
        <translation>Eigene Domain entfernen</translation>
    </message>
    <message>
        <source>Stop serving the portal on %1 and forget it? Its TXT record can go too.</source>
        <translation>Das Portal nicht mehr unter %1 bereitstellen und die Domain vergessen? Ihr TXT-Eintrag kann dann auch weg.</translation>
    </message>
    <message>
        <source>The custom domain is removed.</source>
        <translation>Die eigene Domain ist entfernt.</translation>
    </message>
</context>
<context>
    <name>aih::console::DomainsPanel</name>
    <message>
        <source>Email domains</source>
        <translation>E-Mail-Domains</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Beanspruchen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Give up</source>
        <translation>Aufgeben</translation>
    </message>
    <message>
        <source>example.com: the part of the members&apos; addresses after @</source>
        <translation>example.com: der Teil der Adressen der Mitglieder nach dem @</translation>
    </message>
    <message>
        <source>Select a domain to see the record that proves it is yours</source>
        <translation>Wählen Sie eine Domain, um den Eintrag zu sehen, der beweist, dass sie Ihnen gehört</translation>
    </message>
    <message>
        <source>TXT record name</source>
        <translation>Name des TXT-Eintrags</translation>
    </message>
    <message>
        <source>TXT record value</source>
        <translation>Wert des TXT-Eintrags</translation>
    </message>
    <message>
        <source>Publish the TXT record shown for %1, then verify the domain.</source>
        <translation>Veröffentlichen Sie den angezeigten TXT-Eintrag für %1 und verifizieren Sie dann die Domain.</translation>
    </message>
    <message>
        <source>%1 is verified: its addresses sign in through this tenant.</source>
        <translation>%1 ist verifiziert: Adressen dieser Domain melden sich über diesen Mandanten an.</translation>
    </message>
    <message>
        <source>Give up a domain</source>
        <translation>Domain aufgeben</translation>
    </message>
    <message>
        <source>Give up %1? Its addresses can no longer start single sign-on by email, and SSO is no longer required of them.</source>
        <translation>%1 aufgeben? Adressen dieser Domain können Single Sign-on dann nicht mehr per E-Mail beginnen, und SSO wird von ihnen nicht mehr verlangt.</translation>
    </message>
    <message>
        <source>%1 was given up.</source>
        <translation>%1 wurde aufgegeben.</translation>
    </message>
</context>
<context>
    <name>aih::console::EndpointDialog</name>
    <message>
        <source>Every event, including types added later</source>
        <translation>Jedes Ereignis, auch später hinzukommende Typen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit webhook endpoint</source>
        <translation>Webhook-Endpunkt bearbeiten</translation>
    </message>
    <message>
        <source>New webhook endpoint</source>
        <translation>Neuer Webhook-Endpunkt</translation>
    </message>
    <message>
        <source>Deliveries are signed with the endpoint&apos;s secret in Stripe&apos;s scheme (header AIH-Signature); Stripe&apos;s libraries verify them.</source>
        <translation>Zustellungen werden mit dem Geheimnis des Endpunkts nach Stripes Verfahren signiert (Header AIH-Signature); Stripes Bibliotheken prüfen sie.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>aih::console::EraseUserDialog</name>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase everything the tenant holds about &lt;b&gt;%1&lt;/b&gt;: name, address, sign-in methods, sessions and API keys. Audit entries stay, naming an anonymous stand-in instead. This cannot be undone; export the data first if the person asked for a copy.</source>
        <translation>Alles löschen, was der Mandant über &lt;b&gt;%1&lt;/b&gt; speichert: Name, Adresse, Anmeldeverfahren, Sitzungen und API-Schlüssel. Die Prüfprotokolleinträge bleiben und nennen stattdessen einen anonymen Platzhalter. Das lässt sich nicht rückgängig machen; exportieren Sie die Daten vorher, wenn die Person eine Kopie verlangt hat.</translation>
    </message>
    <message>
        <source>Type the address to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Adresse ein:</translation>
    </message>
</context>
<context>
    <name>aih::console::FileDownload</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>%1… %2 received</source>
        <translation>%1… %2 empfangen</translation>
    </message>
</context>
<context>
    <name>aih::console::InvitationsPanel</name>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Invited email</source>
        <translation>Eingeladene E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>Link läuft ab</translation>
    </message>
    <message numerus="yes">
        <source>Pending invitations: %n</source>
        <translation>
            <numerusform>Ausstehende Einladungen: %n</numerusform>
            <numerusform>Ausstehende Einladungen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>A new invitation was mailed to %1; the earlier link no longer works.</source>
        <translation>Eine neue Einladung ging an %1; der frühere Link gilt nicht mehr.</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once.</source>
        <translation>Die Einladung von %1 widerrufen? Ihr Link gilt sofort nicht mehr.</translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation>Die Einladung von %1 wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>aih::console::KeySecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>API-Schlüssel angelegt</translation>
    </message>
    <message>
        <source>The key &lt;b&gt;%1&lt;/b&gt; is ready.</source>
        <translation>Der Schlüssel &lt;b&gt;%1&lt;/b&gt; ist bereit.</translation>
    </message>
    <message>
        <source>Store this key now, in a password manager or your program&apos;s secret store. It is shown only this once and cannot be recovered; if it is lost, rotate the key to get a new one.</source>
        <translation>Speichern Sie diesen Schlüssel jetzt, in einem Passwortmanager oder im Geheimnisspeicher Ihres Programms. Er wird nur dieses eine Mal gezeigt und lässt sich nicht wiederherstellen; geht er verloren, rotieren Sie den Schlüssel für einen neuen.</translation>
    </message>
    <message>
        <source>I have stored the key</source>
        <translation>Ich habe den Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>aih::console::LimitsDialog</name>
    <message>
        <source>Limits of %1</source>
        <translation>Limits von %1</translation>
    </message>
    <message>
        <source>A custom deal may set any limit above or below the plan&apos;s. Limits not overridden follow the plan, also when it changes.</source>
        <translation>Ein individueller Vertrag kann jedes Limit über oder unter dem des Tarifs festlegen. Nicht überschriebene Limits folgen dem Tarif, auch wenn er sich ändert.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>API calls per hour</source>
        <translation>API-Aufrufe pro Stunde</translation>
    </message>
    <message>
        <source>API calls per month</source>
        <translation>API-Aufrufe pro Monat</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>Tarif: %1</translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation>Überschreiben: %1</translation>
    </message>
</context>
<context>
    <name>aih::console::LoopbackSignIn</name>
    <message numerus="yes">
        <source>It was not finished within %n minute(s).</source>
        <translation>
            <numerusform>Sie wurde nicht innerhalb von %n Minute abgeschlossen.</numerusform>
            <numerusform>Sie wurde nicht innerhalb von %n Minuten abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console could not listen on 127.0.0.1: %1</source>
        <translation>Die Konsole konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation>Nicht diese Anmeldung</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in AI Heart Console is waiting for.</source>
        <translation>Diese Seite gehört nicht zu der Anmeldung, auf die AI Heart Console wartet.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You can close this window and return to AI Heart Console.</source>
        <translation>Sie können dieses Fenster schließen und zu AI Heart Console zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>AI Heart Console shows why. You can close this window.</source>
        <translation>AI Heart Console zeigt den Grund. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>This page carries neither a code nor an error.</source>
        <translation>Diese Seite enthält weder einen Code noch einen Fehler.</translation>
    </message>
</context>
<context>
    <name>aih::console::MainWindow</name>
    <message>
        <source>AI Heart Console</source>
        <translation>AI Heart Konsole</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Sie sind abgemeldet.</translation>
    </message>
    <message>
        <source>Your session has ended: %1</source>
        <translation>Ihre Sitzung ist beendet: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About AI Heart Console</source>
        <translation>Über die AI Heart Konsole</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Heart Console&lt;/b&gt; %1&lt;br&gt;The operator console for aih servers.</source>
        <translation>&lt;b&gt;AI Heart Konsole&lt;/b&gt; %1&lt;br&gt;Die Betreiberkonsole für aih-Server.</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 plan</source>
        <translation>%1 (%2) · %3 · Tarif %4</translation>
    </message>
    <message>
        <source>%1 — offline</source>
        <translation>%1 — offline</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>The password is changed; your other sessions have ended.</source>
        <translation>Das Passwort ist geändert; Ihre anderen Sitzungen sind beendet.</translation>
    </message>
    <message>
        <source>&amp;Two-factor authentication…</source>
        <translation>&amp;Zwei-Faktor-Authentisierung…</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>&amp;Sitzungen…</translation>
    </message>
    <message>
        <source>This account signs in with a code from an authenticator app as well.</source>
        <translation>Dieses Konto meldet sich zusätzlich mit einem Code aus einer Authenticator-App an.</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Two-factor authentication is required</source>
        <translation>Zwei-Faktor-Authentisierung ist vorgeschrieben</translation>
    </message>
    <message>
        <source>%1 (%2) · platform operator</source>
        <translation>%1 (%2) · Plattformbetrieb</translation>
    </message>
    <message>
        <source>Platform admin</source>
        <translation>Plattform-Admin</translation>
    </message>
    <message>
        <source>Platform support</source>
        <translation>Plattform-Support</translation>
    </message>
</context>
<context>
    <name>aih::console::OperatorTableModel</name>
    <message>
        <source>Platform admin</source>
        <translation>Plattform-Admin</translation>
    </message>
    <message>
        <source>Platform support</source>
        <translation>Plattform-Support</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Operator role</source>
        <translation>Operator-Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>aih::console::OperatorsPage</name>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Switch role…</source>
        <translation>Rolle wechseln…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Invite an operator</source>
        <translation>Einen Operator einladen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <source>Loading the operators…</source>
        <translation>Operatoren werden geladen…</translation>
    </message>
    <message>
        <source>%1 is invited: they choose a password through the mailed link and set up a second factor before acting.</source>
        <translation>%1 ist eingeladen: Über den zugesandten Link wird ein Passwort gewählt und vor dem Handeln ein zweiter Faktor eingerichtet.</translation>
    </message>
    <message>
        <source>Switch operator role</source>
        <translation>Operator-Rolle wechseln</translation>
    </message>
    <message>
        <source>Make %1 %2? It applies at once, on every server.</source>
        <translation>%1 zu %2 machen? Das gilt sofort, auf jedem Server.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Reactivate %1? They can sign in again.</source>
        <translation>%1 reaktivieren? Die Anmeldung ist dann wieder möglich.</translation>
    </message>
    <message>
        <source>Deactivate %1? Their sessions end at once, and so do the support views they opened.</source>
        <translation>%1 deaktivieren? Die Sitzungen enden sofort, ebenso die geöffneten Support-Ansichten.</translation>
    </message>
    <message>
        <source>Reactivate operator</source>
        <translation>Operator reaktivieren</translation>
    </message>
    <message>
        <source>Deactivate operator</source>
        <translation>Operator deaktivieren</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reaktivieren…</translation>
    </message>
    <message>
        <source>Platform support is read-only.</source>
        <translation>Plattform-Support hat nur Lesezugriff.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>Erase operator&apos;s personal data</source>
        <translation>Personenbezogene Daten des Operators löschen</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? Their address, name, sessions and second factors go for good; what they did stays in the audit trails under their account&apos;s id. This cannot be undone.</source>
        <translation>Personenbezogene Daten von %1 löschen? Adresse, Name, Sitzungen und zweite Faktoren werden endgültig gelöscht; ihre Handlungen bleiben in den Audit-Protokollen unter der Konto-ID erhalten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The personal data of %1 is erased.</source>
        <translation>Die personenbezogenen Daten von %1 sind gelöscht.</translation>
    </message>
</context>
<context>
    <name>aih::console::Page</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::PlanCard</name>
    <message>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Aktueller Tarif</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>This server does not sell this plan.</source>
        <translation>Dieser Server verkauft diesen Tarif nicht.</translation>
    </message>
    <message>
        <source>Only admins can change the plan.</source>
        <translation>Nur Admins können den Tarif ändern.</translation>
    </message>
    <message>
        <source>Downgrade in the portal</source>
        <translation>Herabstufen im Portal</translation>
    </message>
    <message>
        <source>Use Manage billing to change to a smaller plan.</source>
        <translation>Wechseln Sie über »Abrechnung verwalten« zu einem kleineren Tarif.</translation>
    </message>
    <message>
        <source>Guidance content</source>
        <translation>Begleitinhalte</translation>
    </message>
    <message>
        <source>Meditations</source>
        <translation>Meditationen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Custom branding</source>
        <translation>Eigenes Branding</translation>
    </message>
    <message>
        <source>Priority support</source>
        <translation>Bevorzugter Support</translation>
    </message>
    <message>
        <source>White label and custom CSS</source>
        <translation>White Label und eigenes CSS</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single Sign-on</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Eigene Domain</translation>
    </message>
    <message>
        <source>%1 users
%2 API calls per hour
%3 API calls per month</source>
        <translation>%1 Benutzer
%2 API-Aufrufe pro Stunde
%3 API-Aufrufe pro Monat</translation>
    </message>
</context>
<context>
    <name>aih::console::PlatformPage</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Monatlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>Calls in the last 24 hours</source>
        <translation>Aufrufe in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Zahlung überfällig</translation>
    </message>
    <message>
        <source>Past due: payment failed</source>
        <translation>Überfällig: Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Loading the platform&apos;s figures…</source>
        <translation>Die Kennzahlen der Plattform werden geladen…</translation>
    </message>
    <message>
        <source>from active and past-due plans</source>
        <translation>aus aktiven und überfälligen Tarifen</translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n gekündigt</numerusform>
            <numerusform>%n gekündigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::QuotaPage</name>
    <message>
        <source>API calls this billing period</source>
        <translation>API-Aufrufe in diesem Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation>API-Aufrufe in dieser Stunde</translation>
    </message>
    <message>
        <source>Mail the admins too</source>
        <translation>Auch die Admins per E-Mail benachrichtigen</translation>
    </message>
    <message>
        <source>Save alerts</source>
        <translation>Warnungen speichern</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>When this period&apos;s API calls reach a chosen share of the monthly quota, the webhook event usage.threshold is sent and the audit trail records it, once per period. Choose one to five shares.</source>
        <translation>Erreichen die API-Aufrufe dieses Zeitraums einen gewählten Anteil des Monatskontingents, wird das Webhook-Ereignis usage.threshold gesendet und im Audit-Protokoll vermerkt, einmal pro Zeitraum. Wählen Sie einen bis fünf Anteile.</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>Loading the quotas…</source>
        <translation>Kontingente werden geladen…</translation>
    </message>
    <message>
        <source>No alert yet this period.</source>
        <translation>In diesem Zeitraum noch keine Warnung.</translation>
    </message>
    <message>
        <source>Announced: %1.</source>
        <translation>Gemeldet: %1.</translation>
    </message>
    <message>
        <source>%1 to %2. %3</source>
        <translation>%1 bis %2. %3</translation>
    </message>
    <message>
        <source>The window resets at %1.</source>
        <translation>Das Fenster beginnt um %1 neu.</translation>
    </message>
    <message>
        <source>Only admins change the alerts.</source>
        <translation>Nur Admins ändern die Warnungen.</translation>
    </message>
    <message>
        <source>Choose one to five shares.</source>
        <translation>Wählen Sie einen bis fünf Anteile.</translation>
    </message>
    <message>
        <source>Saved: alerts at %1%2.</source>
        <translation>Gespeichert: Warnungen bei %1%2.</translation>
    </message>
    <message>
        <source>, by mail too</source>
        <translation>, auch per E-Mail</translation>
    </message>
</context>
<context>
    <name>aih::console::RoleMapEditor</name>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Mapped groups decide the role at every sign-in; with none, the role is set once, when the account is made.</source>
        <translation>Zugeordnete Gruppen bestimmen die Rolle bei jeder Anmeldung; ohne sie wird die Rolle einmal festgelegt, wenn das Konto angelegt wird.</translation>
    </message>
    <message>
        <source>Group at the provider</source>
        <translation>Gruppe beim Anbieter</translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation>Diese Gruppe entfernen</translation>
    </message>
</context>
<context>
    <name>aih::console::RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>API-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Stops at once</source>
        <translation>Endet sofort</translation>
    </message>
    <message>
        <source>Works for 1 more hour</source>
        <translation>Gilt noch 1 Stunde</translation>
    </message>
    <message>
        <source>Works for 1 more day</source>
        <translation>Gilt noch 1 Tag</translation>
    </message>
    <message>
        <source>Works for 7 more days</source>
        <translation>Gilt noch 7 Tage</translation>
    </message>
    <message>
        <source>Rotating &lt;b&gt;%1&lt;/b&gt; issues a new secret. Programs using the old secret must be updated; choose how long the old one keeps working meanwhile.</source>
        <translation>Beim Rotieren von &lt;b&gt;%1&lt;/b&gt; entsteht ein neues Geheimnis. Programme mit dem alten Geheimnis müssen angepasst werden; wählen Sie, wie lange das alte so lange gilt.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Old secret</source>
        <translation>Altes Geheimnis</translation>
    </message>
</context>
<context>
    <name>aih::console::ScimPanel</name>
    <message>
        <source>SCIM provisioning</source>
        <translation>SCIM-Bereitstellung</translation>
    </message>
    <message>
        <source>New SCIM token…</source>
        <translation>Neues SCIM-Token…</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>SCIM-Basis-URL</translation>
    </message>
    <message>
        <source>The SCIM status is unavailable: %1</source>
        <translation>Der SCIM-Status ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The identity provider has a SCIM token, made %1.</source>
        <translation>Der Identitätsanbieter hat ein SCIM-Token, erstellt am %1.</translation>
    </message>
    <message>
        <source>No SCIM token yet: the identity provider cannot create, change or deactivate accounts.</source>
        <translation>Noch kein SCIM-Token: Der Identitätsanbieter kann keine Konten anlegen, ändern oder deaktivieren.</translation>
    </message>
    <message>
        <source>New SCIM token</source>
        <translation>Neues SCIM-Token</translation>
    </message>
    <message>
        <source>A new token replaces the current one at once: the identity provider cannot provision accounts until it is given the new one.</source>
        <translation>Ein neues Token ersetzt das aktuelle sofort: Der Identitätsanbieter kann keine Konten bereitstellen, bis er das neue erhält.</translation>
    </message>
</context>
<context>
    <name>aih::console::ScimTokenDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>SCIM token created</source>
        <translation>SCIM-Token erstellt</translation>
    </message>
    <message>
        <source>Enter this token in your identity provider&apos;s provisioning settings now. It is shown only this once and cannot be recovered; a new token replaces it, and the old one stops working at once.</source>
        <translation>Tragen Sie dieses Token jetzt in den Bereitstellungseinstellungen Ihres Identitätsanbieters ein. Es wird nur dieses eine Mal gezeigt und lässt sich nicht wiederherstellen; ein neues Token ersetzt es, und das alte funktioniert dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>I have stored the token</source>
        <translation>Ich habe das Token gespeichert</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation>SCIM-Basis-URL</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>aih::console::Session</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Systemschlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the system keychain: %1</source>
        <translation>Die Anmeldung konnte nicht im Systemschlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your saved sign-in has ended; please sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist abgelaufen; bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Systemschlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>aih::console::SessionsDialog</name>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Ihre Sitzungen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (diese Sitzung)</translation>
    </message>
    <message>
        <source>Sign out to end this session.</source>
        <translation>Melden Sie sich ab, um diese Sitzung zu beenden.</translation>
    </message>
</context>
<context>
    <name>aih::console::SettingsPage</name>
    <message>
        <source>The language changes when the console starts next.</source>
        <translation>Die Sprache wechselt beim nächsten Start der Konsole.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Wait for the server</source>
        <translation>Auf den Server warten</translation>
    </message>
    <message>
        <source>Forget profile</source>
        <translation>Profil vergessen</translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation>Offline-Daten löschen</translation>
    </message>
    <message>
        <source>Offline data was cleared.</source>
        <translation>Die Offline-Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>Saved sign-ins</source>
        <translation>Gespeicherte Anmeldungen</translation>
    </message>
    <message>
        <source>The console keeps the last lists it saw, so they can be read while the server is unreachable.</source>
        <translation>Die Konsole behält die zuletzt gesehenen Listen, damit sie lesbar bleiben, solange der Server nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Forget %1? Its saved sign-in and offline data are removed.</source>
        <translation>%1 vergessen? Die gespeicherte Anmeldung und die Offline-Daten werden entfernt.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht aus dem Systemschlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>aih::console::SignInDialog</name>
    <message>
        <source>Stay signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to AI Heart</source>
        <translation>Bei AI Heart anmelden</translation>
    </message>
    <message>
        <source>Tenant slug or id</source>
        <translation>Kürzel oder ID des Mandanten</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain; the password is never stored.</source>
        <translation>Speichert ein Anmelde-Token im Systemschlüsselbund; das Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Enter the tenant, your email and your password.</source>
        <translation>Geben Sie Mandant, E-Mail und Passwort ein.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>From your authenticator app, or a recovery code</source>
        <translation>Aus Ihrer Authenticator-App oder ein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Geben Sie den Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>Sign in with SSO</source>
        <translation>Mit SSO anmelden</translation>
    </message>
    <message>
        <source>Sign in through your organisation&apos;s identity provider in your web browser: give the server and your email, or the tenant. No password is needed here.</source>
        <translation>Melden Sie sich im Webbrowser über den Identitätsanbieter Ihrer Organisation an: Geben Sie den Server und Ihre E-Mail-Adresse oder den Mandanten an. Ein Passwort ist hier nicht nötig.</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Enter your email, or the tenant, to sign in with single sign-on.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse oder den Mandanten an, um sich per Single Sign-on anzumelden.</translation>
    </message>
    <message>
        <source>Asking the server for your identity provider…</source>
        <translation>Der Server wird nach Ihrem Identitätsanbieter gefragt…</translation>
    </message>
    <message>
        <source>The web browser could not be opened.</source>
        <translation>Der Webbrowser konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Sign in at your identity provider in the web browser; the console carries on by itself.</source>
        <translation>Melden Sie sich im Webbrowser bei Ihrem Identitätsanbieter an; die Konsole macht dann von selbst weiter.</translation>
    </message>
</context>
<context>
    <name>aih::console::SigningSecretDialog</name>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Deliveries to &lt;b&gt;%1&lt;/b&gt; are signed with this secret.</source>
        <translation>Zustellungen an &lt;b&gt;%1&lt;/b&gt; werden mit diesem Geheimnis signiert.</translation>
    </message>
    <message>
        <source>Store it with your receiver now: it is shown only this once. Verify each delivery with stripe.webhooks.constructEvent(body, AIH-Signature header, secret). If it is lost, rotate the secret.</source>
        <translation>Hinterlegen Sie es jetzt bei Ihrem Empfänger: Es wird nur dieses eine Mal angezeigt. Prüfen Sie jede Zustellung mit stripe.webhooks.constructEvent(body, AIH-Signature-Header, secret). Geht es verloren, erneuern Sie das Geheimnis.</translation>
    </message>
    <message>
        <source>I have stored the secret</source>
        <translation>Ich habe das Geheimnis gespeichert</translation>
    </message>
</context>
<context>
    <name>aih::console::SsoConnectionTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verlangt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Require SSO</source>
        <translation>SSO verlangen</translation>
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
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>aih::console::SsoDomainTableModel</name>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
</context>
<context>
    <name>aih::console::SsoPage</name>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Shown once a connection is added</source>
        <translation>Erscheint, sobald eine Verbindung hinzugefügt ist</translation>
    </message>
    <message>
        <source>Register this as the client&apos;s redirect URI at the identity provider.</source>
        <translation>Tragen Sie dies beim Identitätsanbieter als Weiterleitungs-URI des Clients ein.</translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation>Einzutragende Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation>Discovery-URL</translation>
    </message>
    <message>
        <source>Identity provider connections</source>
        <translation>Verbindungen zu Identitätsanbietern</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single Sign-on</translation>
    </message>
    <message>
        <source>Loading single sign-on…</source>
        <translation>Single Sign-on wird geladen…</translation>
    </message>
    <message>
        <source>A disabled connection signs nobody in.</source>
        <translation>Eine deaktivierte Verbindung meldet niemanden an.</translation>
    </message>
    <message>
        <source>%1 is saved. Register the redirect URI below at the identity provider, then test the connection.</source>
        <translation>%1 ist gespeichert. Tragen Sie die Weiterleitungs-URI unten beim Identitätsanbieter ein und testen Sie dann die Verbindung.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its members can no longer sign in through this identity provider, and their accounts&apos; links to it are removed. This cannot be undone.</source>
        <translation>%1 löschen? Ihre Mitglieder können sich nicht mehr über diesen Identitätsanbieter anmelden, und die Verknüpfungen ihrer Konten damit werden entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>ACS URL to register</source>
        <translation>Einzutragende ACS-URL</translation>
    </message>
    <message>
        <source>Entity ID and metadata URL</source>
        <translation>Entity-ID und Metadaten-URL</translation>
    </message>
    <message>
        <source>%1 is saved. Give the identity provider the ACS URL and entity ID below, then test the connection.</source>
        <translation>%1 ist gespeichert. Geben Sie dem Identitätsanbieter die ACS-URL und die Entity-ID unten an und testen Sie dann die Verbindung.</translation>
    </message>
</context>
<context>
    <name>aih::console::StatusBanner</name>
    <message>
        <source>The server cannot be reached. Showing what was last seen on %1.</source>
        <translation>Der Server ist nicht erreichbar. Angezeigt wird der Stand vom %1.</translation>
    </message>
</context>
<context>
    <name>aih::console::StatusChart</name>
    <message>
        <source>Status classes</source>
        <translation>Statusklassen</translation>
    </message>
</context>
<context>
    <name>aih::console::SupportAccessPage</name>
    <message>
        <source>Grant access</source>
        <translation>Zugriff gewähren</translation>
    </message>
    <message>
        <source>End access…</source>
        <translation>Zugriff beenden…</translation>
    </message>
    <message>
        <source>Let support look</source>
        <translation>Den Support hineinsehen lassen</translation>
    </message>
    <message>
        <source>The platform&apos;s support staff cannot see your tenant unless you let them. While access is in force they can read what an admin reads here, and change nothing; each time they open it, it is in your audit trail, with their name. End it whenever you like.</source>
        <translation>Der Support der Plattform sieht Ihren Mandanten nur, wenn Sie es erlauben. Solange der Zugriff gilt, kann er lesen, was ein Admin hier liest, und nichts ändern; jedes Öffnen steht mit seinem Namen in Ihrem Audit-Protokoll. Beenden Sie ihn, wann Sie wollen.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>For example, the support ticket&apos;s number</source>
        <translation>Zum Beispiel die Nummer des Support-Tickets</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>Support-Zugriff</translation>
    </message>
    <message>
        <source>Loading support access…</source>
        <translation>Support-Zugriff wird geladen…</translation>
    </message>
    <message>
        <source>Support may read your tenant until %1.</source>
        <translation>Der Support darf Ihren Mandanten bis %1 lesen.</translation>
    </message>
    <message>
        <source>End support access</source>
        <translation>Support-Zugriff beenden</translation>
    </message>
    <message>
        <source>End this access now? Support staff reading your tenant under it are shut out at once.</source>
        <translation>Diesen Zugriff jetzt beenden? Wer vom Support damit Ihren Mandanten liest, wird sofort ausgesperrt.</translation>
    </message>
    <message>
        <source>Support access ended.</source>
        <translation>Support-Zugriff beendet.</translation>
    </message>
</context>
<context>
    <name>aih::console::SupportGrantTableModel</name>
    <message>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last by %1 on %2</source>
        <translation>
            <numerusform>%n Mal, zuletzt von %1 am %2</numerusform>
            <numerusform>%n Mal, zuletzt von %1 am %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>aih::console::SupportViewDialog</name>
    <message>
        <source>%1 (read-only support view)</source>
        <translation>%1 (Support-Ansicht, nur lesen)</translation>
    </message>
    <message>
        <source>You are reading &lt;b&gt;%1&lt;/b&gt; under its admin&apos;s support grant, until %2. Nothing can be changed from here, and the tenant&apos;s audit trail shows that you opened it.</source>
        <translation>Sie lesen &lt;b&gt;%1&lt;/b&gt; mit der Support-Freigabe seines Admins, bis %2. Von hier aus lässt sich nichts ändern, und das Audit-Protokoll des Mandanten zeigt, dass Sie ihn geöffnet haben.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Plan: %1, %2</source>
        <translation>Tarif: %1, %2</translation>
    </message>
    <message>
        <source>The support view has ended: the grant expired or was revoked.</source>
        <translation>Die Support-Ansicht ist beendet: die Freigabe ist abgelaufen oder wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantDetailDialog</name>
    <message>
        <source>%1 (custom deal)</source>
        <translation>%1 (Sondervereinbarung)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>What operators did to it</source>
        <translation>Was Operatoren daran getan haben</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Kein Abonnement</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Closing: its data is deleted on %1</source>
        <translation>Wird geschlossen: die Daten werden am %1 gelöscht</translation>
    </message>
    <message>
        <source>Closed, its data deleted</source>
        <translation>Geschlossen, Daten gelöscht</translation>
    </message>
    <message>
        <source>Suspended since %1</source>
        <translation>Gesperrt seit %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 of %2, %3 invited</source>
        <translation>%1 von %2, %3 eingeladen</translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation>Aufrufe pro Stunde</translation>
    </message>
    <message>
        <source>Calls per month</source>
        <translation>Aufrufe pro Monat</translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation>Eigene Domain</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Second factor required of</source>
        <translation>Zweiter Faktor verlangt von</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Allen</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Admins</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Niemandem</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantStateTableModel</name>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantTableModel</name>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Zahlung überfällig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Closed, data deleted</source>
        <translation>Geschlossen, Daten gelöscht</translation>
    </message>
    <message>
        <source>Closing: deleted %1</source>
        <translation>Wird geschlossen: Löschung am %1</translation>
    </message>
</context>
<context>
    <name>aih::console::TenantsPage</name>
    <message>
        <source>Suspend…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reaktivieren…</translation>
    </message>
    <message>
        <source>Search by name or slug</source>
        <translation>Nach Name oder Kürzel suchen</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Zahlung überfällig</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>Mandanten werden geladen…</translation>
    </message>
    <message>
        <source>No tenant matches.</source>
        <translation>Kein Mandant passt.</translation>
    </message>
    <message>
        <source>Platform support is read-only.</source>
        <translation>Plattform-Support darf nur lesen.</translation>
    </message>
    <message>
        <source>Suspend %1? Its API keys and sign-ins are refused at once; its data stays.</source>
        <translation>%1 sperren? Seine API-Schlüssel und Anmeldungen werden sofort abgewiesen; seine Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Reactivate %1? Its API keys and sign-ins work again at once.</source>
        <translation>%1 reaktivieren? Seine API-Schlüssel und Anmeldungen funktionieren sofort wieder.</translation>
    </message>
    <message>
        <source>Suspend tenant</source>
        <translation>Mandanten sperren</translation>
    </message>
    <message>
        <source>Reactivate tenant</source>
        <translation>Mandanten reaktivieren</translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation>%1 wird gesperrt…</translation>
    </message>
    <message>
        <source>Reactivating %1…</source>
        <translation>%1 wird reaktiviert…</translation>
    </message>
    <message>
        <source>%1 is suspended.</source>
        <translation>%1 ist gesperrt.</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation>Limits…</translation>
    </message>
    <message>
        <source>Loading the limits of %1…</source>
        <translation>Die Limits von %1 werden geladen…</translation>
    </message>
    <message>
        <source>The limits of %1 are saved.</source>
        <translation>Die Limits von %1 sind gespeichert.</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Schließen…</translation>
    </message>
    <message>
        <source>Download archive…</source>
        <translation>Archiv herunterladen…</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1 is closed and its archive written.</source>
        <translation>%1 ist geschlossen und sein Archiv geschrieben.</translation>
    </message>
    <message>
        <source>Save the archive of %1</source>
        <translation>Archiv von %1 speichern</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Downloading the archive of %1</source>
        <translation>Archiv von %1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>View as support…</source>
        <translation>Als Support ansehen…</translation>
    </message>
    <message>
        <source>Read the tenant as its admin would, without changing anything. Needs the tenant admin&apos;s support grant; the tenant sees the opening in its audit trail.</source>
        <translation>Den Mandanten lesen, wie sein Admin ihn sieht, ohne etwas zu ändern. Braucht die Support-Freigabe des Mandanten-Admins; der Mandant sieht das Öffnen in seinem Audit-Protokoll.</translation>
    </message>
    <message>
        <source>Opening %1 read-only…</source>
        <translation>%1 wird schreibgeschützt geöffnet…</translation>
    </message>
    <message>
        <source>%1 is open read-only until %2.</source>
        <translation>%1 ist bis %2 schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>%1 has not granted support access, or its grant has ended: ask the tenant&apos;s admin to grant it on the console&apos;s Support access page.</source>
        <translation>%1 hat keinen Support-Zugriff gewährt, oder die Freigabe ist beendet: Bitten Sie den Admin des Mandanten, ihn auf der Seite Support-Zugriff der Konsole zu gewähren.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
</context>
<context>
    <name>aih::console::TiersChart</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Tenants by plan</source>
        <translation>Mandanten nach Tarif</translation>
    </message>
</context>
<context>
    <name>aih::console::TopConsumersModel</name>
    <message>
        <source>Consumer</source>
        <translation>Verbraucher</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>aih::console::TwoFactorDialog</name>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentisierung</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Der Server wird gefragt…</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app (or type the secret in), store the recovery codes somewhere safe, and enter the app&apos;s first code. The recovery codes are shown only now; each signs you in once if the phone is lost.</source>
        <translation>Scannen Sie den Code mit einer Authenticator-App (oder tippen Sie das Geheimnis ein), bewahren Sie die Wiederherstellungscodes sicher auf und geben Sie den ersten Code der App ein. Die Wiederherstellungscodes werden nur jetzt gezeigt; jeder meldet Sie einmal an, falls das Telefon verloren geht.</translation>
    </message>
    <message>
        <source>Two-factor authentication is on. To turn it off, enter a code from the app or one of your recovery codes.</source>
        <translation>Die Zwei-Faktor-Authentisierung ist eingeschaltet. Zum Ausschalten geben Sie einen Code aus der App oder einen Ihrer Wiederherstellungscodes ein.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>Geben Sie einen Code ein.</translation>
    </message>
</context>
<context>
    <name>aih::console::UsageCard</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>aih::console::UsersPage</name>
    <message>
        <source>Show deactivated</source>
        <translation>Deaktivierte zeigen</translation>
    </message>
    <message>
        <source>Filter by email or name</source>
        <translation>Nach E-Mail oder Name filtern</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation>Zu %1 machen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <source>Add a user to the tenant (Ctrl+N)</source>
        <translation>Benutzer zum Mandanten hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>%1 of %2 users on the %3 plan</source>
        <translation>%1 von %2 Benutzern im Tarif %3</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Wählen Sie einen Benutzer.</translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation>Nur Admins können Rollen ändern.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 wurde reaktiviert.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate %1? Their sessions end and their API keys are revoked at once.</source>
        <translation>%1 deaktivieren? Die Sitzungen enden und die API-Schlüssel werden sofort widerrufen.</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Send password reset mail</source>
        <translation>Mail zum Zurücksetzen des Passworts senden</translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation>Alle Sitzungen beenden</translation>
    </message>
    <message>
        <source>Only admins can reset passwords or end sessions.</source>
        <translation>Nur Admins können Passwörter zurücksetzen oder Sitzungen beenden.</translation>
    </message>
    <message>
        <source>An invitation was mailed to %1.</source>
        <translation>Eine Einladung ging an %1.</translation>
    </message>
    <message>
        <source>A password reset mail is on its way to %1; you never see the password.</source>
        <translation>Eine Mail zum Zurücksetzen des Passworts ist unterwegs an %1; Sie sehen das Passwort nie.</translation>
    </message>
    <message>
        <source>Every session of %1 has ended.</source>
        <translation>Alle Sitzungen von %1 sind beendet.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>Only admins can export or erase a person&apos;s data.</source>
        <translation>Nur Admins können die Daten einer Person exportieren oder löschen.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The personal data of %1 is saved in %2.</source>
        <translation>Die personenbezogenen Daten von %1 sind in %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased. Audit entries that now name a stand-in: %n.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von %1 sind gelöscht. Prüfprotokolleinträge, die jetzt einen Platzhalter nennen: %n.</numerusform>
            <numerusform>Die personenbezogenen Daten von %1 sind gelöscht. Prüfprotokolleinträge, die jetzt einen Platzhalter nennen: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::WebhookDeliveryTableModel</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Retrying at %1</source>
        <translation>Neuer Versuch um %1</translation>
    </message>
    <message>
        <source>%1 (replay)</source>
        <translation>%1 (erneut gesendet)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
</context>
<context>
    <name>aih::console::WebhookEndpointTableModel</name>
    <message>
        <source>Disabled: kept failing</source>
        <translation>Deaktiviert: scheiterte anhaltend</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>Failing since %1 (%n attempt(s))</source>
        <translation>
            <numerusform>Scheitert seit %1 (%n Versuch)</numerusform>
            <numerusform>Scheitert seit %1 (%n Versuche)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>aih::console::WebhooksPage</name>
    <message>
        <source>New endpoint</source>
        <translation>Neuer Endpunkt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Deliveries of the selected endpoint</source>
        <translation>Zustellungen des ausgewählten Endpunkts</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Loading webhook endpoints…</source>
        <translation>Webhook-Endpunkte werden geladen…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Enable the endpoint to send deliveries again.</source>
        <translation>Aktivieren Sie den Endpunkt, um Zustellungen erneut zu senden.</translation>
    </message>
    <message>
        <source>Rotate signing secret</source>
        <translation>Signaturgeheimnis erneuern</translation>
    </message>
    <message>
        <source>Give %1 a new signing secret? The old one keeps signing beside it for 24 hours, so the receiver can switch over without dropping events.</source>
        <translation>%1 ein neues Signaturgeheimnis geben? Das alte signiert 24 Stunden lang mit, damit der Empfänger umstellen kann, ohne Ereignisse zu verlieren.</translation>
    </message>
    <message>
        <source>Delete webhook endpoint</source>
        <translation>Webhook-Endpunkt löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its pending deliveries are dropped and its log goes with it.</source>
        <translation>%1 löschen? Ausstehende Zustellungen entfallen, und sein Protokoll wird mit gelöscht.</translation>
    </message>
    <message>
        <source>The event is being sent again.</source>
        <translation>Das Ereignis wird erneut gesendet.</translation>
    </message>
</context>
</TS>
