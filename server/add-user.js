// Creates a user in _users and their own database, named as CouchDB's per-user option names it
// ("userdb-" + hex of the name), readable and writable by that user alone, with a
// validate_doc_update that refuses untyped, oversized and other people's documents.
// Speaks plain CouchDB HTTP, so it works unchanged against Apache CouchDB 3.
'use strict';

const MAX_DOCUMENT_BYTES = 1000000;

function fail(message) {
  process.stderr.write(`add-user: ${message}\n`);
  process.exit(1);
}

function userDatabaseName(name) {
  return 'userdb-' + Buffer.from(name, 'utf8').toString('hex');
}

// Runs inside the server (CouchDB's JavaScript), on every write to the user's database.
function validateDocUpdate(owner, maxBytes) {
  return `function (newDoc, oldDoc, userCtx) {
  var owner = ${JSON.stringify(owner)};
  var isAdmin = userCtx.roles.indexOf('_admin') !== -1;
  if (!isAdmin && userCtx.name !== owner) {
    throw({forbidden: 'Only ' + owner + ' may write to this database.'});
  }
  if (newDoc._deleted || newDoc._id.indexOf('_design/') === 0) {
    return;
  }
  if (typeof newDoc.type !== 'string' || !/^[a-z][a-z0-9_-]{0,63}$/.test(newDoc.type)) {
    throw({forbidden: 'Every document needs a type: a lowercase word such as "contact".'});
  }
  // The record's own fields: its files are the server's max_attachment_size's to limit (and
  // their bytes reach this function inline or not, depending on how they were sent).
  var fields = {};
  for (var key in newDoc) {
    if (key !== '_attachments') fields[key] = newDoc[key];
  }
  if (JSON.stringify(fields).length > ${maxBytes}) {
    throw({forbidden: 'The document is larger than ${maxBytes} bytes.'});
  }
}`;
}

async function request(base, auth, method, path, body) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(auth).toString('base64'), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch (e) { /* reported below */ }
  return { status: response.status, json, text };
}

async function putIgnoringConflict(base, auth, path, body, what) {
  let existing = await request(base, auth, 'GET', path);
  if (existing.status === 200 && existing.json && existing.json._rev) body._rev = existing.json._rev;
  const result = await request(base, auth, 'PUT', path, body);
  if (result.status >= 300) fail(`${what}: ${result.status} ${result.text.trim()}`);
}

// True when the server says couch_peruser is enabled (only a server admin may ask; a server
// without CouchDB's configuration API answers otherwise, and has no such option).
async function perUserDatabasesAreOn(base, auth) {
  const answer = await request(base, auth, 'GET', '_node/_local/_config/couch_peruser/enable');
  return answer.status === 200 && answer.json === 'true';
}

async function waitForDatabase(base, auth, db, timeoutMs) {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    if ((await request(base, auth, 'GET', db)).status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

async function main() {
  // "-" reads the password from standard input, which other users of the machine cannot see.
  const [name, given] = process.argv.slice(2);
  const password = given === '-' ? require('fs').readFileSync(0, 'utf8').trim() : given;
  if (!name || !password) fail('usage: add-user NAME PASSWORD (or - to read it from standard input)');
  const base = process.env.RAPPORT_SERVER_URL || 'http://127.0.0.1:5984/';
  const admin = process.env.RAPPORT_SERVER_ADMIN || 'admin';
  const adminPassword = process.env.RAPPORT_SERVER_ADMIN_PASSWORD;
  if (!adminPassword) fail('set RAPPORT_SERVER_ADMIN_PASSWORD (and RAPPORT_SERVER_ADMIN if not "admin")');
  const auth = `${admin}:${adminPassword}`;
  const db = userDatabaseName(name);

  const users = await request(base, auth, 'PUT', '_users');
  if (users.status >= 300 && users.status !== 412) fail(`creating _users: ${users.status} ${users.text.trim()}`);
  await putIgnoringConflict(base, auth, `_users/org.couchdb.user:${encodeURIComponent(name)}`,
                            { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' }, 'creating the user');
  // CouchDB's couch_peruser (on in CouchDB 3 when configured, as ../shared/couchdb has it) creates
  // the database itself, asynchronously, when the user appears, and puts the user into its
  // _security as member and admin. Where it runs we wait for that database rather than race its
  // creation, and write a _security it has nothing to add to (otherwise it would write its own
  // over ours at the user's next change). Elsewhere (PouchDB Server, Cloudant) we create it.
  const peruser = await perUserDatabasesAreOn(base, auth);
  if (!peruser || !(await waitForDatabase(base, auth, db, 30000))) {
    const created = await request(base, auth, 'PUT', db);
    if (created.status >= 300 && created.status !== 412) fail(`creating ${db}: ${created.status} ${created.text.trim()}`);
  }
  // The owner is their database's admin, as couch_peruser makes them: forgetting a person
  // (SECURITY.md, "Forgetting a person") ends with the owner's device asking for compaction,
  // which CouchDB allows a database's admins, so that no earlier revision keeps the values.
  // (CouchDB 3 lets only server admins _purge; no salesperson is one.) A database admin may
  // also change the database's validation and _security: it harms only their own data.
  const owner = { names: [name], roles: [] };
  const security = await request(base, auth, 'PUT', `${db}/_security`,
                                 { admins: owner, members: { names: [name], roles: [] } });
  if (security.status >= 300) fail(`securing ${db}: ${security.status} ${security.text.trim()}`);
  await putIgnoringConflict(base, auth, `${db}/_design/rapport`,
                            { validate_doc_update: validateDocUpdate(name, MAX_DOCUMENT_BYTES) }, 'installing validation');
  process.stdout.write(JSON.stringify({ ok: true, user: name, database: db }) + '\n');
}

main().catch((error) => fail(error.message));
