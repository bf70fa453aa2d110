#!/usr/bin/env node
// Rapport's development and test server: PouchDB Server (express-pouchdb over LevelDB), on
// loopback only, with one admin. Prints its URL as the first line of standard output, then
// serves until SIGTERM or SIGINT, when it closes its databases and exits 0.
//
//   node rapport-server.js --port P --data DIR     (port 0: any free port)
//   admin password: $RAPPORT_SERVER_ADMIN_PASSWORD, else generated into DIR/admin-password (0600)
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const patches = require('./patches');

patches.patchDependencies(path.join(__dirname, 'node_modules'));

const express = require('express');
const expressPouchDB = require('express-pouchdb');
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-leveldb'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))
  .plugin(require('pouchdb-mapreduce'));

function parseArguments(argv) {
  const options = { port: 5984, data: null, admin: 'admin' };
  for (let i = 0; i < argv.length; ++i) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (name === '--port') options.port = Number(value);
    else if (name === '--data') options.data = value;
    else if (name === '--admin') options.admin = value;
    else fail(`unknown argument ${name}`);
    ++i;
  }
  if (!options.data) fail('usage: start --port P --data DIR [--admin NAME]');
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) fail('--port needs 0-65535');
  return options;
}

function fail(message) {
  process.stderr.write(`rapport-server: ${message}\n`);
  process.exit(2);
}

function adminPassword(dataDir) {
  if (process.env.RAPPORT_SERVER_ADMIN_PASSWORD) return process.env.RAPPORT_SERVER_ADMIN_PASSWORD;
  const file = path.join(dataDir, 'admin-password');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(18).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const dataDir = path.resolve(options.data);
  fs.mkdirSync(path.join(dataDir, 'db'), { recursive: true });
  const password = adminPassword(dataDir);
  // express-pouchdb reads its CouchDB-style configuration from this file, and hashes the
  // admin password in it on start.
  const configPath = path.join(dataDir, 'config.json');
  const config = fs.existsSync(configPath) ? JSON.parse(fs.readFileSync(configPath, 'utf8')) : {};
  config.admins = { [options.admin]: password };
  config.log = { file: path.join(dataDir, 'log.txt'), level: 'warning' };
  config.couch_httpd_auth = Object.assign({}, config.couch_httpd_auth, { authentication_db: '_users' });
  fs.writeFileSync(configPath, JSON.stringify(config, null, 2), { mode: 0o600 });

  const pouchApp = expressPouchDB({ configPath, mode: 'fullCouchDB', overrideMode: { exclude: ['routes/fauxton'] } });
  pouchApp.setPouchDB(PouchDB.defaults({ prefix: path.join(dataDir, 'db') + path.sep }));

  const app = express();
  patches.install(app, { admin: options.admin, password });
  app.use(pouchApp);

  const server = app.listen(options.port, '127.0.0.1', () => {
    process.stdout.write(`http://127.0.0.1:${server.address().port}/\n`);
  });
  server.on('error', (error) => fail(error.message));
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const stop = () => {
    server.close(() => process.exit(0));
    for (const socket of sockets) socket.destroy();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
