// rapport-cli: drive and inspect a Rapport database without the UI. JSON in, JSON out.
#include "commands.h"
#include "credential_store.h"
#include "notebook/notebook_index.h"
#include "notebook_keys.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <iostream>

namespace {

constexpr const char *usageText = R"(usage: rapport-cli --db FILE COMMAND [ARGS]
       rapport-cli read-card IMAGE

commands:
  put [JSON]                     store a document (JSON from the argument or standard input)
  get ID [--rev REV] [--conflicts] [--leaves]
                                 the winning revision, a given one, or every leaf
  delete ID --rev REV            delete (write a tombstone on) a document
  changes [--since SEQ] [--limit N]
                                 the local changes feed
  search TEXT [--limit N]        search names, companies, notes and profiles
  stats                          counts, sequence, file size, attachments
  compact                        gives back the room deleted records and photos
                                 left in the file
  attach ID FILE [--name N] [--type T]
                                 the file becomes an attachment of the record
                                 (its name by default; a photo, a signed order)
  attachment ID NAME --out FILE  an attachment's bytes into FILE
  export [--format json|vcard|ical|csv] [--out PATH] [--today YYYY-MM-DD]
                                 everything as JSON (the default) or as CSV, one
                                 file a type (--out names the folder); contacts
                                 as vCards; follow-ups, birthdays and anniversaries
                                 as an iCalendar
  import FILE [--preview]        contacts from vCard or CSV, or a JSON export;
                                 prints what was added and what was skipped and
                                 why; --preview changes nothing
  account create NAME            a new customer; prints its id
  account pin ID PLACE           where the customer is (LATITUDE,LONGITUDE, a geo:
                                 URI or an OpenStreetMap address); its visits'
                                 places count no more
  account unpin ID               its place learnt from its visits again
  contact create [--first F] [--last L] [--account ID]
                                 a new person, at a customer; prints the id
  visit record --account ID [--contact ID]... [--date YYYY-MM-DD] [--title T]
       [--notes N] [--outcome O] [--next STEP [--due YYYY-MM-DD]]... [--at PLACE]
                                 a visit as the app records it: each --next
                                 becomes a follow-up (--due: its day), for the
                                 first --contact; the date defaults to today;
                                 --at: where it was recorded (on site when near
                                 its customer's place)
  near PLACE [--limit N] [--offset N] [--today YYYY-MM-DD]
                                 the customers nearest a place, nearest first:
                                 kilometres, bearing, lapsed, follow-ups due
  route [--date YYYY-MM-DD] [--from PLACE]
                                 the day's planned visits in the order that keeps
                                 the drive short (straight lines), with kilometres;
                                 those whose customer's place is not known apart
  followup plan --title T [--due D] [--account ID] [--contact ID] [--visit ID]
       [--lead ID]               a follow-up; prints its id
  followup done|undone ID        tick a follow-up off, or back on
  lead convert ID                a lead becomes a customer and a contact
  forget ID [--preview]          forget a person everywhere: their records purged,
                                 taken out of visits, drafts naming them dropped, an
                                 erasure record for the other devices; prints what it
                                 touches and the records whose text names them (for
                                 you to edit); --preview changes nothing
  subject ID [--html FILE]       what the notebook keeps about a person (to answer
                                 "what do you keep about me?"), as JSON; --html
                                 writes it as a page for them to read
  conflicts [--restore ID | --dismiss ID]
                                 values that lost a merge, open for review, as JSON; or
                                 bring one back into its document, or dismiss it
  encrypt                        encrypt the notebook in place (a new one is made
                                 encrypted); its key goes to the key store the app
                                 uses: the system's keychain, or a file only you can
                                 read where none runs. An encrypted notebook opens
                                 with that key; a plain one is left plain
  rekey                          a new key for an encrypted notebook
  read-card IMAGE [--lines]      what is on a business card's photo (name, title,
                                 company, e-mails, phones with their labels, web,
                                 address; each with how sure the reader is), read
                                 offline; --lines adds the text as recognized.
                                 Needs no --db
  sync --server URL --user NAME [--password-file F] [--database DB] [--ca-file F]
       [--continuous]            pull and push once with the user's own database
                                 (password from the file, or RAPPORT_PASSWORD);
                                 --continuous: again whenever the server changes, a
                                 JSON line each time, until stopped; exit code 3:
                                 done, but some documents or attachments did not
                                 arrive (in "problems"; asked for again next time)
)";

// Options that take no value; every other --name takes the next word.
bool isFlag(std::string_view name)
{
    return name == "conflicts" || name == "leaves" || name == "continuous" || name == "help"
        || name == "preview" || name == "lines";
}

int fail(const rapport::Error &error, int exitCode)
{
    std::cerr << rapport::Json {{"error", rapport::errcName(error.code)}, {"reason", error.message}}
                     .dump(-1, ' ', false, rapport::Json::error_handler_t::replace)
              << '\n';
    return exitCode;
}

} // namespace

int main(int argc, char **argv)
{
    // The key store is the app's: its keychain entries, and its folder for the 0600 file.
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    std::string dbPath;
    std::string command;
    rapport::cli::Arguments args;
    for (int i = 1; i < argc; ++i) {
        std::string_view word = argv[i];
        if (word.starts_with("--")) {
            const auto name = std::string(word.substr(2));
            if (isFlag(name)) {
                args.flags.push_back(name);
            } else if (i + 1 < argc) {
                if (name == "db")
                    dbPath = argv[++i];
                else
                    args.options.emplace_back(name, argv[++i]);
            } else {
                std::cerr << "--" << name << " needs a value\n" << usageText;
                return 2;
            }
        } else if (command.empty()) {
            command = word;
        } else {
            args.positional.emplace_back(word);
        }
    }
    if (args.flag("help")) {
        std::cout << usageText;
        return 0;
    }
    if (command == "read-card")
        return rapport::cli::runReadCard(args, std::cout, std::cerr);
    if (dbPath.empty() || command.empty()) {
        std::cerr << usageText;
        return 2;
    }

    namespace cli = rapport::cli;
    rapport::platform::CredentialStore keys(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString notebookPath = QString::fromStdString(dbPath);
    if (command == "encrypt" || command == "rekey") {
        const auto done = command == "encrypt" ? cli::runEncrypt(notebookPath, keys, std::cout)
                                               : cli::runRekey(notebookPath, keys, std::cout);
        return done ? 0 : fail(done.error(), 1);
    }
    if (auto lock = rapport::platform::unlockNotebook(notebookPath, keys,
                                                      rapport::platform::PlainNotebooks::Leave);
        !lock)
        return fail(lock.error(), 1);
    auto store = rapport::notebook::openStore(dbPath);
    if (!store)
        return fail(store.error(), 1);
    rapport::Status status;
    bool partlyDone = false;
    if (command == "put")
        status = cli::runPut(**store, args, std::cin, std::cout);
    else if (command == "get")
        status = cli::runGet(**store, args, std::cout);
    else if (command == "delete")
        status = cli::runDelete(**store, args, std::cout);
    else if (command == "changes")
        status = cli::runChanges(**store, args, std::cout);
    else if (command == "stats")
        status = cli::runStats(**store, std::cout);
    else if (command == "compact")
        status = cli::runCompact(**store, std::cout);
    else if (command == "attach")
        status = cli::runAttach(**store, args, std::cout);
    else if (command == "attachment")
        status = cli::runAttachment(**store, args, std::cout);
    else if (command == "search")
        status = cli::runSearch(**store, args, std::cout);
    else if (command == "export")
        status = cli::runExport(**store, args, std::cout);
    else if (command == "import")
        status = cli::runImport(**store, args, std::cout);
    else if (command == "conflicts")
        status = cli::runConflicts(**store, args, std::cout);
    else if (command == "account")
        status = cli::runAccount(**store, args, std::cout);
    else if (command == "contact")
        status = cli::runContact(**store, args, std::cout);
    else if (command == "visit")
        status = cli::runVisit(**store, args, std::cout);
    else if (command == "followup")
        status = cli::runFollowUp(**store, args, std::cout);
    else if (command == "near")
        status = cli::runNear(**store, args, std::cout);
    else if (command == "route")
        status = cli::runRoute(**store, args, std::cout);
    else if (command == "lead")
        status = cli::runLead(**store, args, std::cout);
    else if (command == "forget")
        status = cli::runForget(**store, args, std::cout);
    else if (command == "subject")
        status = cli::runSubject(**store, args, std::cout);
    else if (command == "sync")
        status = cli::runSync(**store, args, std::cout, partlyDone);
    else {
        std::cerr << "unknown command '" << command << "'\n" << usageText;
        return 2;
    }
    if (!status)
        return fail(status.error(), 1);
    return partlyDone ? 3 : 0;
}
