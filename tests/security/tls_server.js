// A TLS endpoint for the TLS tests: answers every request as CouchDB's root does, over HTTPS,
// with the key and certificate it is given. Prints its URL, then serves until killed.
//   node tls_server.js KEY CERT
const fs = require('fs');
const https = require('https');

const [key, cert] = process.argv.slice(2);
const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end('{"couchdb":"Welcome","version":"3.3.3"}\n');
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`https://127.0.0.1:${server.address().port}/\n`);
});
