// PouchDB (the npm package, its default on-disk LevelDB store) as a second client of a user's
// database: the interoperability test writes and reads through it, the sync benchmark times its
// replicator. One command a run; every answer is one line of JSON on stdout.
//
//   node peer.js pull  DIR URL      replicate URL -> DIR   {"docs_written":N,"ms":T}
//   node peer.js push  DIR URL      replicate DIR -> URL   {"docs_written":N,"ms":T}
//   node peer.js write DIR          {"docs":[...],"new_edits":bool} on stdin -> bulkDocs results
//   node peer.js dump  DIR          every document: winning rev, deleted, conflicts, body
//   node peer.js edit  DIR FIRST N  edits N live documents from the FIRST-th in id order
//   node peer.js attach DIR URL ID NAME TYPE FILE   putAttachment of FILE's bytes  {"rev":...}
//   node peer.js attachment DIR URL ID NAME         getAttachment  {"base64":...,"type":...}
//
// Credentials come from PEER_USER and PEER_PASSWORD, never from the command line.
'use strict';

const PouchDB = require('pouchdb');

function remote(url) {
    const auth = process.env.PEER_USER
        ? { username: process.env.PEER_USER, password: process.env.PEER_PASSWORD || '' }
        : undefined;
    return new PouchDB(url, { auth, skip_setup: true });
}

function readStdin() {
    return new Promise((resolve, reject) => {
        let text = '';
        process.stdin.setEncoding('utf8');
        process.stdin.on('data', (chunk) => { text += chunk; });
        process.stdin.on('end', () => resolve(text));
        process.stdin.on('error', reject);
    });
}

// Its defaults, as an app uses it; a push leaves out design documents, which a user may not
// write (a database pulled from a user's own holds its validate_doc_update).
async function replicate(source, target, options) {
    const started = process.hrtime.bigint();
    const result = await PouchDB.replicate(source, target, options);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 'complete' || result.doc_write_failures > 0)
        throw new Error('replication ended ' + result.status + ' with '
                        + result.doc_write_failures + ' failures');
    return { docs_written: result.docs_written, ms };
}

// Bodies without CouchDB's own fields, so both clients' views compare directly.
function userFields(doc) {
    const body = {};
    for (const key of Object.keys(doc))
        if (!key.startsWith('_'))
            body[key] = doc[key];
    return body;
}

async function dump(db) {
    const changes = await db.changes({ style: 'all_docs', include_docs: true, conflicts: true });
    const docs = {};
    for (const row of changes.results) {
        if (row.id.startsWith('_design/'))
            continue;
        docs[row.id] = {
            rev: row.doc._rev,
            deleted: row.deleted === true,
            conflicts: (row.doc._conflicts || []).slice().sort(),
            body: row.deleted ? {} : userFields(row.doc),
        };
    }
    return docs;
}

// The benchmark's "local edits": one more sentence in each document's notes.
async function edit(db, first, count) {
    const all = await db.allDocs({ include_docs: true });
    const docs = all.rows.slice(first, first + count).map((row) => {
        row.doc.notes = (row.doc.notes || '') + ' Edited on the road.';
        return row.doc;
    });
    const results = await db.bulkDocs(docs);
    return { edited: results.filter((result) => result.ok).length };
}

async function main() {
    const [command, dir, url, extra] = process.argv.slice(2);
    if (!command || !dir)
        throw new Error('usage: node peer.js pull|push|write|dump DIR [URL]');
    const local = new PouchDB(dir);
    let answer;
    if (command === 'pull')
        answer = await replicate(remote(url), local);
    else if (command === 'push')
        answer = await replicate(local, remote(url),
                                 { filter: (doc) => !doc._id.startsWith('_design/') });
    else if (command === 'write') {
        const request = JSON.parse(await readStdin());
        answer = await local.bulkDocs(request.docs, { new_edits: request.new_edits !== false });
    } else if (command === 'dump')
        answer = await dump(local);
    else if (command === 'edit')
        answer = await edit(local, Number(url), Number(extra));
    else if (command === 'attach') {
        const [id, name, type, file] = process.argv.slice(5);
        const doc = await local.get(id);
        const bytes = require('fs').readFileSync(file);
        const result = await local.putAttachment(id, name, doc._rev, bytes, type);
        answer = { rev: result.rev };
    } else if (command === 'attachment') {
        const [id, name] = process.argv.slice(5);
        const doc = await local.get(id, { attachments: false });
        const bytes = await local.getAttachment(id, name);
        answer = { base64: bytes.toString('base64'),
                   type: doc._attachments[name].content_type,
                   digest: doc._attachments[name].digest };
    }
    else
        throw new Error('unknown command ' + command);
    await local.close();
    process.stdout.write(JSON.stringify(answer) + '\n');
}

main().catch((error) => {
    process.stderr.write('peer: ' + (error.stack || error.message || String(error)) + '\n');
    process.exit(1);
});
