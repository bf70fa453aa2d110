// Where PouchDB Server differs from CouchDB 3 in ways Rapport's clients would notice, this
// middleware makes it answer as CouchDB does. Each patch says which defect it covers.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

// Source patches to the pinned packages, applied before they are loaded (npm ci brings them
// back unpatched, so this runs at every start; it is idempotent). Each names its defect.
const sourcePatches = [
  {
    // Defect: pouchdb-validation overwrites a replicated document's _revisions with the stored
    // document's (none, for a new one) before writing, so new_edits:false writes lose their
    // ancestry: the server then answers _bulk_get and open_revs with a one-revision history,
    // and the next edit from another client looks like a conflict instead of a descendant.
    file: 'pouchdb-validation/lib/index.js',
    from: '  newDoc._revisions = (oldDoc || {})._revisions;\n',
    to: '  if (!newDoc._revisions) {\n    newDoc._revisions = (oldDoc || {})._revisions;\n  }\n',
  },
  {
    // Not a defect but LevelDB's way: a deleted value stays in its files until a compaction of
    // LevelDB's own happens to rewrite them, so a compacted database still held the earlier
    // revisions' bodies on disk. Each store is remembered here for the _compact below to
    // compact LevelDB's files too, as CouchDB's compaction rewrites its file.
    file: 'pouchdb-adapter-leveldb-core/lib/index.js',
    from: '    dbStore.set(name, sublevel(levelup(leveldown(name), opts, function (err) {\n',
    to: '    var storage = leveldown(name);\n'
      + '    (global.rapportLevelStorage = global.rapportLevelStorage || new Map()).set(name, storage);\n'
      + '    dbStore.set(name, sublevel(levelup(storage, opts, function (err) {\n',
  },
];

exports.patchDependencies = function (nodeModules) {
  for (const patch of sourcePatches) {
    const file = path.join(nodeModules, patch.file);
    const source = fs.readFileSync(file, 'utf8');
    if (source.includes(patch.to)) continue;
    if (!source.includes(patch.from)) {
      throw new Error(`cannot patch ${patch.file}: the pinned version changed; review server/patches.js`);
    }
    fs.writeFileSync(file, source.replace(patch.from, patch.to));
  }
};

// Rewrites every file of a LevelDB store without what was deleted or overwritten. LevelDB's
// compactRange writes the log out as a table, then merges each level into the next, but never
// rewrites the deepest level that has files (where a fresh store's first table goes). So: the
// log written out first; then a write spanning the whole key range (a key below and one above
// all of PouchDB's, deleted at once, never read by it), whose table lands above every file on
// disk, so that the second compaction merges them all.
function compactLevelFiles(storage, done) {
  const lowest = Buffer.alloc(1, 0x00);
  const highest = Buffer.alloc(32, 0xff);
  storage.compactRange(lowest, highest, (flushed) => {
    if (flushed) return done(flushed);
    storage.batch([
      { type: 'put', key: lowest, value: '' },
      { type: 'put', key: highest, value: '' },
      { type: 'del', key: lowest },
      { type: 'del', key: highest },
    ], (error) => (error ? done(error) : storage.compactRange(lowest, highest, done)));
  });
}

function basicCredentials(req) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function sendJSON(res, status, body) {
  res.status(status).set('Content-Type', 'application/json').send(JSON.stringify(body) + '\n');
}

exports.install = function (app, admin) {
  const isAdmin = (req) => {
    const credentials = basicCredentials(req);
    return credentials !== null && credentials.name === admin.admin && credentials.password === admin.password;
  };

  // Defect: a non-admin PUT /db can crash PouchDB Server. CouchDB 3 lets only server admins
  // create or delete databases, and answers anyone else with 401 before touching storage.
  app.use((req, res, next) => {
    const isDatabasePath = /^\/(_users|_replicator|[a-z][^/]*)\/?$/.test(req.path);
    if (isDatabasePath && (req.method === 'PUT' || req.method === 'DELETE') && !isAdmin(req)) {
      return sendJSON(res, 401, { error: 'unauthorized', reason: 'You are not a server admin.' });
    }
    next();
  });

  // Defect: some of PouchDB Server's endpoints skip the database's _security: POST _bulk_get
  // and _find answered anybody, signed in or not, with the owner's documents, and _index let
  // anybody write a design document. CouchDB 3 checks membership for every request to a
  // database. Here every request under /db/ is let through only when GET /db (which PouchDB
  // Server does check) answers 200 for the same credentials; otherwise it gets that answer.
  app.use((req, res, next) => {
    const match = /^\/([a-z][^/]*)\/./.exec(req.path);
    if (!match || isAdmin(req)) return next();
    const headers = {};
    if (req.headers.authorization) headers.authorization = req.headers.authorization;
    if (req.headers.cookie) headers.cookie = req.headers.cookie;
    const check = http.get({ host: '127.0.0.1', port: req.socket.localPort, path: `/${match[1]}`, headers }, (answer) => {
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => {
        if (answer.statusCode === 200) return next();
        res.status(answer.statusCode).set('Content-Type', 'application/json').send(Buffer.concat(chunks));
      });
    });
    check.on('error', (error) => next(error));
  });

  // Defect: PouchDB Server answers 401 to a signed-in user who is not a member of a database.
  // CouchDB 3 answers 403 (forbidden): the credentials are fine, the access is not, and a
  // client must not ask the user for their password again. Somebody not signed in (no
  // credentials, or a cookie that no longer works) still gets 401, as from CouchDB.
  app.use((req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body) => {
      const signedIn = Boolean(req.couchSession && req.couchSession.userCtx && req.couchSession.userCtx.name);
      const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body);
      if (signedIn && res.statusCode === 401 && text.includes('You are not authorized to access this db.')) {
        res.status(403);
        return send(JSON.stringify({ error: 'forbidden', reason: 'You are not allowed to access this db.' }) + '\n');
      }
      return send(body);
    };
    next();
  });

  // Defect: longpoll _changes ignores `timeout` and holds the request until the next change,
  // however long. CouchDB 3 answers after `timeout` ms with no results and the `since` it was
  // given. Once we have answered, whatever PouchDB still writes for this request is dropped.
  // With a `heartbeat` CouchDB holds the request (a heartbeat "overrides any timeout"), and so
  // does this server: left as it is.
  app.use((req, res, next) => {
    const timeout = Number(req.query.timeout);
    if (req.method !== 'GET' || !/\/_changes$/.test(req.path) || req.query.feed !== 'longpoll'
        || !(timeout >= 0) || req.query.heartbeat !== undefined) {
      return next();
    }
    const since = req.query.since === undefined ? '0' : String(req.query.since);
    const lastSeq = /^\d+$/.test(since) ? since : JSON.stringify(since);
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    let answered = false;
    // Through res.write/res.end as they are by then: compression wraps them after us.
    const timer = setTimeout(() => {
      if (answered) return;
      if (!res.headersSent)
        return sendJSON(res, 200, { results: [], last_seq: /^\d+$/.test(since) ? Number(since) : since });
      res.write('],\n"last_seq":' + lastSeq + '}\n'); // PouchDB wrote '{"results":[' already
      res.end();
    }, timeout);
    res.write = (...args) => (answered ? true : write(...args));
    res.end = (...args) => {
      clearTimeout(timer);
      if (answered) return res;
      answered = true;
      return end(...args);
    };
    next();
  });

  // Where CouchDB's compaction writes the database's file anew without the bodies of revisions
  // that are no longer leaves, PouchDB's deletes them from LevelDB, whose files keep them until
  // LevelDB compacts. So that a compacted database keeps no earlier revision on disk (what a
  // person's erasure needs), LevelDB's files are compacted too before the answer goes out.
  app.use((req, res, next) => {
    const match = /^\/([a-z][^/]*)\/_compact$/.exec(req.path);
    if (req.method !== 'POST' || !match) return next();
    const send = res.send.bind(res);
    res.send = (body) => {
      const stores = global.rapportLevelStorage || new Map();
      const storage = [...stores].find(([name]) => name.endsWith(path.sep + match[1]));
      if (res.statusCode !== 202 || !storage) return send(body);
      compactLevelFiles(storage[1], (error) => {
        if (error) {
          res.status(500);
          return send(JSON.stringify({ error: 'compaction_failed', reason: error.message }) + '\n');
        }
        send(body);
      });
    };
    next();
  });

  // Defect: PouchDB Server reads a multipart/related PUT as a form upload (parts named by
  // Content-Disposition), so CouchDB's own form (the document's JSON, then each attachment
  // marked "follows": true, in order, with no names) throws in JSON.parse and takes the whole
  // server down. CouchDB 3 takes it. Here the body is read, each following part becomes its
  // attachment's inline data, and the request goes on as the JSON PUT PouchDB Server handles.
  app.use((req, res, next) => {
    const type = req.headers['content-type'] || '';
    if (req.method !== 'PUT' || !/^multipart\/related/i.test(type)) return next();
    const boundary = /boundary="?([^";]+)"?/i.exec(type);
    if (!boundary) return sendJSON(res, 400, { error: 'bad_request', reason: 'multipart/related without a boundary' });
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('error', (error) => next(error));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const delimiter = Buffer.from('--' + boundary[1]);
      const parts = [];
      let at = body.indexOf(delimiter);
      while (at >= 0) {
        const start = at + delimiter.length;
        if (body.slice(start, start + 2).toString() === '--') break;
        const next = body.indexOf(delimiter, start);
        if (next < 0) break;
        let part = body.slice(start, next);
        if (part.slice(0, 2).toString() === '\r\n') part = part.slice(2);
        if (part.slice(-2).toString() === '\r\n') part = part.slice(0, -2);
        // Its headers (none, for an attachment), a blank line, then its bytes.
        if (part.slice(0, 2).toString() === '\r\n') {
          parts.push(part.slice(2));
        } else {
          const headersEnd = part.indexOf('\r\n\r\n');
          parts.push(headersEnd < 0 ? part : part.slice(headersEnd + 4));
        }
        at = next;
      }
      let doc;
      try {
        doc = JSON.parse(parts.shift().toString('utf8'));
      } catch (error) {
        return sendJSON(res, 400, { error: 'bad_request', reason: 'the first part is not a JSON document' });
      }
      for (const name of Object.keys(doc._attachments || {})) {
        const attachment = doc._attachments[name];
        if (!attachment.follows) continue;
        const data = parts.shift();
        if (data === undefined || (attachment.length !== undefined && data.length !== attachment.length)) {
          return sendJSON(res, 400, { error: 'bad_request', reason: `attachment ${name}: its part is missing or not its length` });
        }
        delete attachment.follows;
        delete attachment.length;
        attachment.data = data.toString('base64');
      }
      req.headers['content-type'] = 'application/json';
      req.body = doc;
      req._body = true; // body-parser's mark: the JSON body is read already
      next();
    });
  });
};
