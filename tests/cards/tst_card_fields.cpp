// The card reader's field rules, as tables: lines of text as the recognizer gives them, and
// the fields a salesperson would expect from them. No pictures here (tst_card_reader has them).
#include "field_finder.h"

#include <QTest>

using rapport::cards::CardFields;
using rapport::cards::CardRules;
using rapport::cards::TextLine;

namespace {

// Lines top to bottom, each "text" or "text@height" (the printed size; 30 where not said).
QList<TextLine> linesOf(const QStringList &texts)
{
    QList<TextLine> lines;
    int top = 20;
    for (const QString &entry : texts) {
        const qsizetype at = entry.lastIndexOf(QLatin1String("@h"));
        const QString text = at < 0 ? entry : entry.left(at);
        const int height = at < 0 ? 30 : entry.mid(at + 2).toInt();
        lines.append({text, 0.9, QRect(40, top, 600, height)});
        top += height + 12;
    }
    return lines;
}

QString phoneList(const CardFields &fields)
{
    QStringList phones;
    for (const auto &phone : fields.phones) {
        phones.append(phone.label + QLatin1Char(':') + phone.number);
    }
    return phones.join(QLatin1Char(' '));
}

} // namespace

class CardFieldsTest : public QObject
{
    Q_OBJECT

private slots:
    void phoneNumbersAreNormalised_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("international") << "+49 30 1234567"
                                       << ""
                                       << "+49301234567";
        QTest::newRow("the (0) a German card prints") << "+49 (0)30 123 456-78"
                                                      << "49"
                                                      << "+493012345678";
        QTest::newRow("national, country known") << "030 1234567"
                                                 << "49"
                                                 << "+49301234567";
        QTest::newRow("00 for +") << "0044 20 7946 0018"
                                  << ""
                                  << "+442079460018";
        QTest::newRow("slashes and dots") << "0171/234.56.78"
                                          << "49"
                                          << "+491712345678";
        QTest::newRow("national, no country known") << "030 1234567"
                                                    << ""
                                                    << "0301234567";
        QTest::newRow("British") << "+44 (0)20 7946 0018"
                                 << "44"
                                 << "+442079460018";
    }
    void phoneNumbersAreNormalised()
    {
        QFETCH(QString, printed);
        QFETCH(QString, country);
        QFETCH(QString, normalised);
        QCOMPARE(rapport::cards::normalisedPhone(printed, country), normalised);
    }

    void cardsAreRead_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phones");
        QTest::addColumn<QString>("web");
        QTest::addColumn<QString>("address");

        QTest::newRow("German, labelled")
            << QStringList {"Kelbrix Logistik GmbH@h40",
                            "Anna Schmidt@h52",
                            "Vertriebsleiterin",
                            "Tel. +49 40 123456-0",
                            "Mobil 0171 2345678",
                            "Fax +49 40 123456-99",
                            "E-Mail: anna.schmidt@kelbrix.de",
                            "www.kelbrix.de",
                            "Hafenstraße 12",
                            "20457 Hamburg"}
            << "Anna Schmidt"
            << "Vertriebsleiterin"
            << "Kelbrix Logistik GmbH"
            << "anna.schmidt@kelbrix.de"
            << "office:+49401234560 mobile:+491712345678 fax:+494012345699"
            << "www.kelbrix.de"
            << "Hafenstraße 12, 20457 Hamburg";
        QTest::newRow("English, one-letter labels, two numbers on a line")
            << QStringList {"Varmo Systems Ltd",      "Oliver Wright@h50",
                            "Head of Purchasing",     "T +44 20 7946 0018 | M +44 7700 900123",
                            "E o.wright@varmo.co.uk", "W www.varmo.co.uk",
                            "12 Station Road",        "Leeds LS1 4DY"}
            << "Oliver Wright"
            << "Head of Purchasing"
            << "Varmo Systems Ltd"
            << "o.wright@varmo.co.uk"
            << "office:+442079460018 mobile:+447700900123"
            << "www.varmo.co.uk"
            << "12 Station Road, Leeds LS1 4DY";
        QTest::newRow("no labels: a mobile told by its prefix")
            << QStringList {"Dr. Jürgen Weiß@h48", "Geschäftsführer", "Weiß Feinkost KG",
                            "+49 89 5551234",      "0160 9876543",    "weiss@weiss-feinkost.de"}
            << "Dr. Jürgen Weiß"
            << "Geschäftsführer"
            << "Weiß Feinkost KG"
            << "weiss@weiss-feinkost.de"
            << "office:+49895551234 mobile:+491609876543"
            << ""
            << "";
        QTest::newRow("no company suffix: the company the e-mail's domain names")
            << QStringList {"Nordlicht Bau@h36", "Katrin Möller@h50", "Projektleiterin",
                            "k.moeller@nordlicht-bau.de", "Telefon: 0451 70 80 90"}
            << "Katrin Möller"
            << "Projektleiterin"
            << "Nordlicht Bau"
            << "k.moeller@nordlicht-bau.de"
            << "office:+49451708090"
            << ""
            << "";
        QTest::newRow("the largest line is the name, a company's is no name")
            << QStringList {"Holger Brandt@h40", "Brandt & Söhne GmbH@h60", "Inhaber",
                            "h.brandt@brandt-soehne.de"}
            << "Holger Brandt"
            << "Inhaber"
            << "Brandt & Söhne GmbH"
            << "h.brandt@brandt-soehne.de"
            << ""
            << ""
            << "";
        QTest::newRow("what the recognizer makes of signs: © for @, a logo's scrap")
            << QStringList {"A Ostmax Technik AG@h40", "Lena Vogel@h50", "Key Account Manager",
                            "lena.vogel©ostmax.de", "M: +49 151 22334455"}
            << "Lena Vogel"
            << "Key Account Manager"
            << "Ostmax Technik AG"
            << "lena.vogel@ostmax.de"
            << "mobile:+4915122334455"
            << ""
            << "";
        QTest::newRow("address on one line with a dot between")
            << QStringList {"Sven Krüger@h50", "Einkauf", "Krüger Bau GmbH",
                            "Ringstraße 5 · 24103 Kiel", "Tel 0431 123456"}
            << "Sven Krüger"
            << "Einkauf"
            << "Krüger Bau GmbH"
            << ""
            << "office:+49431123456"
            << ""
            << "Ringstraße 5, 24103 Kiel";
    }
    void cardsAreRead()
    {
        QFETCH(QStringList, lines);
        const CardFields fields = rapport::cards::findFields(linesOf(lines));
        QTEST(fields.name.text, "name");
        QTEST(fields.title.text, "title");
        QTEST(fields.company.text, "company");
        QTEST(fields.emails.isEmpty() ? QString() : fields.emails.first().text, "email");
        QTEST(phoneList(fields), "phones");
        QTEST(fields.web.text, "web");
        QTEST(fields.address.text, "address");
    }

    void aLabelledNumberIsSurerThanAGuessedOne()
    {
        const CardFields fields = rapport::cards::findFields(
            linesOf({"Anna Schmidt@h50", "Mobil 0171 2345678", "0172 3456789", "a@kelbrix.de"}));
        QCOMPARE(fields.phones.size(), 2);
        QVERIFY(fields.phones.at(0).confidence > fields.phones.at(1).confidence);
        QVERIFY(fields.name.confidence > 0 && fields.name.confidence <= 1);
    }

    void rulesComeFromData()
    {
        // A country's conventions are an entry in the rules, not code: "Pty Ltd" and "Ph" here.
        const CardRules rules = CardRules::fromJson(R"({
            "companySuffixes": ["Pty Ltd"], "titleWords": ["manager"],
            "phoneLabels": {"office": ["ph"], "mobile": ["mob"]},
            "webDomains": ["com.au"], "countryByDomain": {"com.au": "61"},
            "postcodeLines": ["^\\p{Lu}[\\p{L} ]+ [A-Z]{2,3} \\d{4}$"], "streetWords": ["street"]
        })");
        const CardFields fields = rapport::cards::findFields(
            linesOf({"Koala Freight Pty Ltd", "Mia Nguyen@h50", "Sales Manager", "Ph 02 9876 5432",
                     "mia@koalafreight.com.au", "12 George Street", "Sydney NSW 2000"}),
            rules);
        QCOMPARE(fields.company.text, QStringLiteral("Koala Freight Pty Ltd"));
        QCOMPARE(phoneList(fields), QStringLiteral("office:+61298765432"));
        QCOMPARE(fields.address.text, QStringLiteral("12 George Street, Sydney NSW 2000"));
        QVERIFY(CardRules::fromJson("not json").companySuffixes.isEmpty());
    }

    void linesWithNothingOfACardGiveNothing()
    {
        const CardFields fields = rapport::cards::findFields(
            linesOf({"The quick brown fox", "jumps over 3 lazy dogs", "2024"}));
        QVERIFY(fields.emails.isEmpty());
        QVERIFY(fields.phones.isEmpty());
        QVERIFY(fields.name.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CardFieldsTest)
#include "tst_card_fields.moc"
