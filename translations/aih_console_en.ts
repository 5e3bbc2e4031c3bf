<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiProblem</name>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified; the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request; check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response the console does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan&apos;s limit is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan does not include this feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the %1 plan or higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant must keep at least one active admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant, email or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in, or your session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: it does not exist or is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with something that already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sent is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests; try again in %n second.</numerusform>
            <numerusform>Too many requests; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in in the web browser did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in through single sign-on: use “Sign in with SSO”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>Enter the server address, e.g. https://aih.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer; use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRules</name>
    <message>
        <source>Only admins and managers can add users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 plan allows %n active user(s); upgrade the plan or deactivate someone first.</source>
        <translation>
            <numerusform>The %1 plan allows %n active user; upgrade the plan or deactivate someone first.</numerusform>
            <numerusform>The %1 plan allows %n active users; upgrade the plan or deactivate someone first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active admin; make someone else admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins can deactivate or reactivate users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s user limit is reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ApiJob</name>
    <message>
        <source>The list has no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list repeats itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ApiKeyTableModel</name>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (old secret valid until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
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
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ApiKeysPage</name>
    <message>
        <source>Show every key of the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hour the tenant has made %1 of %2 API calls; the window resets at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys need the Basic plan or higher; see Billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the key&apos;s owner or an admin can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1? Programs using it are refused at once; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate-limit status is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, prefix, scope or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export API keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::AuditDetailDialog</name>
    <message>
        <source>Audit entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::AuditPage</name>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action, e.g. user.create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
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
        <source>Search (3 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins can export the log or verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The chain is intact: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The chain is broken at entry %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As JSON lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::AuditTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::BillingPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the billing portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins can manage billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plan, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer billing yet (GET /api/billing/plans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment overdue: features stay until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last payment succeeded on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last payment failed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opened in your browser. Refresh this page when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls this billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::BrandingPage</name>
    <message>
        <source>Upload logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload favicon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom CSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stylesheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading branding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favicon set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meditations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the AI Heart mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branding needs the Pro plan or higher. &lt;a href=&quot;billing&quot;&gt;See plans&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins can change the branding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom CSS needs the Enterprise plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the CSS:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving branding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branding saved; the portal shows it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a favicon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons (*.ico *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read, or is larger than 4 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The favicon was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::CallsChart</name>
    <message>
        <source>API calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other sessions end when the password changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current password and the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::CloseTenantDialog</name>
    <message>
        <source>Close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing suspends %1 at once and writes an archive of all its data, which you can download here. When the grace period ends, its users, keys, usage and settings are deleted; its audit trail stays with the personal data in it made unreadable. Reactivating it before then cancels the closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ColourField</name>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ComplianceReportDialog</name>
    <message>
        <source>Build report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2, whole days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of which %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checkpoint signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest checkpoint at entry %1, signed %2 with key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ConnectionDialog</name>
    <message>
        <source>Remove the stored secret (a public client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members can sign in through this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require single sign-on for addresses in the verified domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of a member none of whose groups is mapped, and of new accounts when no group is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password sign-in is refused for these addresses, except for the break-glass admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a break-glass admin nobody in the verified domains can sign in with a password; if the identity provider fails, the tenant is locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break-glass admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a public client, protected by PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (a secret is stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (a public client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an active admin (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection keeps its protocol; add a new one to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the identity provider&apos;s SAML metadata (XML), as Okta, Entra ID or Google Workspace offer it for download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACS URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity ID and metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups attribute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ConnectionTestDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web browser could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at the identity provider in your web browser, as a member of the tenant would. Nobody is signed in by the test; this shows what the provider sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider&apos;s answer was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps to role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::CopyableField</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::CreateKeyDialog</name>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins and managers can hold keys with the admin scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan limit (%1 per hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere, or CIDR blocks: 203.0.113.0/24, 2001:db8::/32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests with the key from any other address are refused. Up to 32 blocks, separated by commas or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 32 networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a network; write it as 203.0.113.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No burst limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls beyond this many in a second are refused with 429, on each server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burst limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::CreateUserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs 10 to 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: mail an invitation instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::CredentialStore</name>
    <message>
        <source>The secret is too large for the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::DashboardPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resets at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics are for admins and managers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading analytics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not offer analytics yet (GET /api/enterprise/admin/analytics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active users on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::DomainPage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DNS now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve your branded portal on a domain of your own, such as portal.example.com. Point the domain at the platform (a CNAME record), save it here, and publish the TXT record shown below to prove that it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the custom domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is verified and serves your portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is waiting for its proof: add this record at your DNS provider, then check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record was not found yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet. DNS changes can take a while to be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Publish the TXT record below, then check DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves your portal now. Replace it with %2? The portal stops answering on %1 until the new domain is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the TXT record up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the domain serves your portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop serving the portal on %1 and forget it? Its TXT record can go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom domain is removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::DomainsPanel</name>
    <message>
        <source>Email domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com: the part of the members&apos; addresses after @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a domain to see the record that proves it is yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT record name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT record value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the TXT record shown for %1, then verify the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is verified: its addresses sign in through this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up %1? Its addresses can no longer start single sign-on by email, and SSO is no longer required of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was given up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::EndpointDialog</name>
    <message>
        <source>Every event, including types added later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit webhook endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New webhook endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries are signed with the endpoint&apos;s secret in Stripe&apos;s scheme (header AIH-Signature); Stripe&apos;s libraries verify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::EraseUserDialog</name>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything the tenant holds about &lt;b&gt;%1&lt;/b&gt;: name, address, sign-in methods, sessions and API keys. Audit entries stay, naming an anonymous stand-in instead. This cannot be undone; export the data first if the person asked for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::FileDownload</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… %2 received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::InvitationsPanel</name>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pending invitations: %n</source>
        <translation>
            <numerusform>Pending invitation: %n</numerusform>
            <numerusform>Pending invitations: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new invitation was mailed to %1; the earlier link no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::KeySecretDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &lt;b&gt;%1&lt;/b&gt; is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store this key now, in a password manager or your program&apos;s secret store. It is shown only this once and cannot be recovered; if it is lost, rotate the key to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::LimitsDialog</name>
    <message>
        <source>Limits of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom deal may set any limit above or below the plan&apos;s. Limits not overridden follow the plan, also when it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::LoopbackSignIn</name>
    <message numerus="yes">
        <source>It was not finished within %n minute(s).</source>
        <translation>
            <numerusform>It was not finished within %n minute.</numerusform>
            <numerusform>It was not finished within %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The console could not listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in AI Heart Console is waiting for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window and return to AI Heart Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Heart Console shows why. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page carries neither a code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::MainWindow</name>
    <message>
        <source>AI Heart Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AI Heart Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;AI Heart Console&lt;/b&gt; %1&lt;br&gt;The operator console for aih servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is changed; your other sessions have ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Two-factor authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account signs in with a code from an authenticator app as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · platform operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::OperatorTableModel</name>
    <message>
        <source>Platform admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::OperatorsPage</name>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the operators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is invited: they choose a password through the mailed link and set up a second factor before acting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch operator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 %2? It applies at once, on every server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1? They can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? Their sessions end at once, and so do the support views they opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform support is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase operator&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of %1? Their address, name, sessions and second factors go for good; what they did stays in the audit trails under their account&apos;s id. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of %1 is erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::Page</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::PlanCard</name>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not sell this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins can change the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade in the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Manage billing to change to a smaller plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meditations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White label and custom CSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users
%2 API calls per hour
%3 API calls per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::PlatformPage</name>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due: payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the platform&apos;s figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from active and past-due plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::QuotaPage</name>
    <message>
        <source>API calls this billing period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail the admins too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this period&apos;s API calls reach a chosen share of the monthly quota, the webhook event usage.threshold is sent and the audit trail records it, once per period. Choose one to five shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the quotas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert yet this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window resets at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins change the alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to five shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: alerts at %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, by mail too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::RoleMapEditor</name>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped groups decide the role at every sign-in; with none, the role is set once, when the account is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works for 1 more hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works for 1 more day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works for 7 more days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating &lt;b&gt;%1&lt;/b&gt; issues a new secret. Programs using the old secret must be updated; choose how long the old one keeps working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ScimPanel</name>
    <message>
        <source>SCIM provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SCIM token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCIM status is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity provider has a SCIM token, made %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SCIM token yet: the identity provider cannot create, change or deactivate accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SCIM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token replaces the current one at once: the identity provider cannot provision accounts until it is given the new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::ScimTokenDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this token in your identity provider&apos;s provisioning settings now. It is shown only this once and cannot be recovered; a new token replaces it, and the old one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::Session</name>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be saved in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved sign-in has ended; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SessionsDialog</name>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out to end this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SettingsPage</name>
    <message>
        <source>The language changes when the console starts next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear offline data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline data was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console keeps the last lists it saw, so they can be read while the server is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1? Its saved sign-in and offline data are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sign-in could not be removed from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SignInDialog</name>
    <message>
        <source>Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to AI Heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant slug or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain; the password is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tenant, your email and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your authenticator app, or a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in through your organisation&apos;s identity provider in your web browser: give the server and your email, or the tenant. No password is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your email, or the tenant, to sign in with single sign-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for your identity provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web browser could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at your identity provider in the web browser; the console carries on by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SigningSecretDialog</name>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries to &lt;b&gt;%1&lt;/b&gt; are signed with this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store it with your receiver now: it is shown only this once. Verify each delivery with stripe.webhooks.constructEvent(body, AIH-Signature header, secret). If it is lost, rotate the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SsoConnectionTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require SSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SsoDomainTableModel</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SsoPage</name>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once a connection is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this as the client&apos;s redirect URI at the identity provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity provider connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading single sign-on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disabled connection signs nobody in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved. Register the redirect URI below at the identity provider, then test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Its members can no longer sign in through this identity provider, and their accounts&apos; links to it are removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACS URL to register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity ID and metadata URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved. Give the identity provider the ACS URL and entity ID below, then test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::StatusBanner</name>
    <message>
        <source>The server cannot be reached. Showing what was last seen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::StatusChart</name>
    <message>
        <source>Status classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SupportAccessPage</name>
    <message>
        <source>Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let support look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s support staff cannot see your tenant unless you let them. While access is in force they can read what an admin reads here, and change nothing; each time they open it, it is in your audit trail, with their name. End it whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example, the support ticket&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading support access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support may read your tenant until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End support access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this access now? Support staff reading your tenant under it are shut out at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support access ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SupportGrantTableModel</name>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s), last by %1 on %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::SupportViewDialog</name>
    <message>
        <source>%1 (read-only support view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are reading &lt;b&gt;%1&lt;/b&gt; under its admin&apos;s support grant, until %2. Nothing can be changed from here, and the tenant&apos;s audit trail shows that you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support view has ended: the grant expired or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::TenantDetailDialog</name>
    <message>
        <source>%1 (custom deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What operators did to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing: its data is deleted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, its data deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3 invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second factor required of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::TenantStateTableModel</name>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::TenantTableModel</name>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed, data deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing: deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::TenantsPage</name>
    <message>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform support is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1? Its API keys and sign-ins are refused at once; its data stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1? Its API keys and sign-ins work again at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspending %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the limits of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits of %1 are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed and its archive written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the archive of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the archive of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View as support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the tenant as its admin would, without changing anything. Needs the tenant admin&apos;s support grant; the tenant sees the opening in its audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 read-only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open read-only until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not granted support access, or its grant has ended: ask the tenant&apos;s admin to grant it on the console&apos;s Support access page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::TiersChart</name>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants by plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::TopConsumersModel</name>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::TwoFactorDialog</name>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with an authenticator app (or type the secret in), store the recovery codes somewhere safe, and enter the app&apos;s first code. The recovery codes are shown only now; each signs you in once if the phone is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-factor authentication is on. To turn it off, enter a code from the app or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::UsageCard</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::UserTableModel</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::UsersPage</name>
    <message>
        <source>Show deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by email or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user to the tenant (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 users on the %3 plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins can change roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1? Their sessions end and their API keys are revoked at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send password reset mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins can reset passwords or end sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation was mailed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password reset mail is on its way to %1; you never see the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session of %1 has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins can export or erase a person&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of %1 is saved in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %1 is erased. Audit entries that now name a stand-in: %n.</source>
        <translation>
            <numerusform>The personal data of %1 is erased. Audit entries that now name a stand-in: %n.</numerusform>
            <numerusform>The personal data of %1 is erased. Audit entries that now name a stand-in: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aih::console::WebhookDeliveryTableModel</name>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (replay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::WebhookEndpointTableModel</name>
    <message>
        <source>Disabled: kept failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failing since %1 (%n attempt(s))</source>
        <translation>
            <numerusform>Failing since %1 (%n attempt)</numerusform>
            <numerusform>Failing since %1 (%n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>aih::console::WebhooksPage</name>
    <message>
        <source>New endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries of the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading webhook endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the endpoint to send deliveries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new signing secret? The old one keeps signing beside it for 24 hours, so the receiver can switch over without dropping events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? Its pending deliveries are dropped and its log goes with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is being sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
