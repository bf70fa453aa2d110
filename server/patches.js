// Where PouchDB Server differs from CouchDB 3 in ways Rapport's clients would notice, this
// middleware makes it answer as CouchDB does. Each patch says which defect it covers.
'use strict';

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

  // Defect: PouchDB Server answers 401 to a signed-in user who is not a member of a database.
  // CouchDB 3 answers 403 (forbidden): the credentials are fine, the access is not, and a
  // client must not ask the user for their password again.
  app.use((req, res, next) => {
    const hasCredentials = Boolean(req.headers.authorization) || /AuthSession=/.test(req.headers.cookie || '');
    if (!hasCredentials) return next();
    const send = res.send.bind(res);
    res.send = (body) => {
      const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body);
      if (res.statusCode === 401 && text.includes('You are not authorized to access this db.')) {
        res.status(403);
        return send(JSON.stringify({ error: 'forbidden', reason: 'You are not allowed to access this db.' }) + '\n');
      }
      return send(body);
    };
    next();
  });
};
