// A server that answers CouchDB's _changes in the worst ways a broken or hostile server could:
// a feed that never ends, a gzip bomb, nesting 100,000 deep, invalid UTF-8, wrong types.
// Prints its URL, then serves until killed. Each database name picks the behaviour.
const http = require('http');
const zlib = require('zlib');
const { Readable } = require('stream');

function endless(prefix, item) {
  let started = false;
  return new Readable({
    read() {
      if (!started) { started = true; this.push(prefix); }
      for (let i = 0; i < 64; ++i) this.push(item);
    },
  });
}

const server = http.createServer((req, res) => {
  const db = req.url.split('/')[1];
  res.setHeader('Content-Type', 'application/json');
  if (db === 'endless') {
    endless('{"results":[', '{"seq":1,"id":"x","changes":[{"rev":"1-a"}]},').pipe(res);
  } else if (db === 'bomb') {
    res.setHeader('Content-Encoding', 'gzip');
    endless('{"results":[', Buffer.alloc(65536, 0x20)).pipe(zlib.createGzip()).pipe(res);
  } else if (db === 'deep') {
    res.end('{"results":' + '['.repeat(100000) + ']'.repeat(100000) + ',"last_seq":1}');
  } else if (db === 'badutf8') {
    res.end(Buffer.concat([Buffer.from('{"results":[{"seq":1,"id":"'), Buffer.from([0xff, 0xfe]),
                           Buffer.from('","changes":[{"rev":"1-a"}]}],"last_seq":1}')]));
  } else if (db === 'wrongtypes') {
    res.end('{"results":"none","last_seq":{"a":[]}}');
  } else {
    res.end('{"couchdb":"Welcome"}');
  }
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`http://127.0.0.1:${server.address().port}/\n`));
