#include "field_finder.h"

#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace rapport::cards {

namespace {

// What the recognizer commonly makes of an e-mail's signs: "©" for "@", "(at)" written out.
QString cleanedLine(QString text)
{
    text = text.normalized(QString::NormalizationForm_C);
    text.replace(QChar(0x00A9), QLatin1Char('@')); // ©
    text.replace(QChar(0x00AE), QLatin1Char('@')); // ®
    static const QRegularExpression writtenAt(QStringLiteral(R"(\s*[\(\[]at[\)\]]\s*)"),
                                              QRegularExpression::CaseInsensitiveOption);
    text.replace(writtenAt, QStringLiteral("@"));
    // Dashes and quotes of every kind as their plain forms.
    text.replace(QChar(0x2013), QLatin1Char('-'));
    text.replace(QChar(0x2014), QLatin1Char('-'));
    text.replace(QChar(0x2019), QLatin1Char('\''));
    return text.simplified();
}

// A card puts several things on one line: "T +49 30 1234 | M +49 171 2345".
QStringList segmentsOf(const QString &line)
{
    static const QRegularExpression separator(QStringLiteral(R"(\s*[|•·]\s*|\s+[-–»]\s+|\s{3,})"));
    QStringList segments = line.split(separator, Qt::SkipEmptyParts);
    for (QString &segment : segments) {
        segment = segment.trimmed();
    }
    segments.removeAll(QString());
    return segments;
}

QString labelAlternation(const QStringList &words)
{
    QStringList sorted = words;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList escaped;
    for (const QString &word : sorted) {
        escaped.append(QRegularExpression::escape(word));
    }
    return escaped.join(QLatin1Char('|'));
}

// "E-Mail: anna@x.de" -> "anna@x.de" for a label of `labels`.
QString withoutLabel(const QString &segment, const QSet<QString> &labels)
{
    static const QRegularExpression leadingWord(QStringLiteral(R"(^([\p{L}-]+)\s*[:.]?\s+)"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = leadingWord.match(segment);
    if (match.hasMatch() && labels.contains(match.captured(1).toLower())) {
        return segment.mid(match.capturedLength());
    }
    static const QRegularExpression gluedLabel(QStringLiteral(R"(^([\p{L}-]+):\s*)"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch glued = gluedLabel.match(segment);
    if (glued.hasMatch() && labels.contains(glued.captured(1).toLower())) {
        return segment.mid(glued.capturedLength());
    }
    return segment;
}

std::optional<QString> emailIn(const QString &segment, const CardRules &rules)
{
    if (!segment.contains(QLatin1Char('@'))) {
        return std::nullopt;
    }
    QString text = withoutLabel(segment, rules.emailLabels);
    text.remove(QLatin1Char(' '));
    static const QRegularExpression email(
        QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"));
    const QRegularExpressionMatch match = email.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(0).toLower();
}

// The rules' patterns, made once for a card.
struct Shapes
{
    const CardRules &rules;
    QRegularExpression webAddress;
    QRegularExpression phone;

    explicit Shapes(const CardRules &cardRules)
        : rules(cardRules),
          webAddress(QStringLiteral(
                         R"(^(https?://)?((www\d?\.)?[a-z0-9\-]+(\.[a-z0-9\-]+)*\.(%1))(/\S*)?$)")
                         .arg(labelAlternation(rules.webDomains)),
                     QRegularExpression::CaseInsensitiveOption),
          phone(QStringLiteral(R"((?:(?<![\p{L}])(%1)\s*[:.]?\s*)?(\+?\(?\d[\d\s()/.\-]{5,}\d))")
                    .arg(labelAlternation(rules.phoneLabelOf.keys())),
                QRegularExpression::CaseInsensitiveOption
                    | QRegularExpression::UseUnicodePropertiesOption)
    { }
};

std::optional<QString> webIn(const QString &segment, const Shapes &shapes)
{
    if (segment.contains(QLatin1Char('@'))) {
        return std::nullopt;
    }
    const QString text = withoutLabel(segment, shapes.rules.webLabels);
    const QRegularExpressionMatch match = shapes.webAddress.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(2).toLower();
}

struct FoundPhone
{
    QString printed;
    QString label; // empty: not said
};

// Every number with its label in a segment: "T +49 30 1234567 M +49 171 2345678" gives two.
QList<FoundPhone> phonesIn(const QString &segment, const Shapes &shapes)
{
    QList<FoundPhone> found;
    for (auto it = shapes.phone.globalMatch(segment); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString printed = match.captured(2).trimmed();
        const qsizetype digits
            = std::count_if(printed.begin(), printed.end(), [](QChar c) { return c.isDigit(); });
        if (digits < 7 || digits > 16) {
            continue;
        }
        found.append({printed, shapes.rules.phoneLabelOf.value(match.captured(1).toLower())});
    }
    return found;
}

// What is left of a segment once its numbers and their labels are taken out: nothing on a
// line of numbers, the words on a line that only mentions one.
bool isOnlyPhones(const QString &segment, const Shapes &shapes)
{
    QString rest = segment;
    for (const FoundPhone &found : phonesIn(segment, shapes)) {
        rest.remove(found.printed);
    }
    static const QRegularExpression leftover(QStringLiteral(R"([\p{L}]{2,})"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = leftover.globalMatch(rest); it.hasNext();) {
        if (!shapes.rules.phoneLabelOf.contains(it.next().captured(0).toLower())) {
            return false;
        }
    }
    return true;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}][\p{L}'\-]*\.?)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList words;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        words.append(it.next().captured(0));
    }
    return words;
}

bool hasDigit(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

bool isStreet(const QString &segment, const CardRules &rules)
{
    if (!hasDigit(segment)) {
        return false;
    }
    const QString lower = segment.toLower();
    for (const QString &word : rules.streetWords) {
        const qsizetype at = lower.indexOf(word);
        if (at < 0) {
            continue;
        }
        // The end of a word ("Hafenstraße", "Baker Street"), not a part of one ("Ringbahn").
        const qsizetype end = at + word.size();
        if (end == lower.size() || !lower.at(end).isLetter() || word.endsWith(QLatin1Char('.'))) {
            return true;
        }
    }
    return false;
}

bool isPostcodeLine(const QString &segment, const CardRules &rules)
{
    return std::any_of(rules.postcodeLines.begin(), rules.postcodeLines.end(),
                       [&segment](const QRegularExpression &pattern) {
                           return pattern.match(segment).hasMatch();
                       });
}

bool hasCompanySuffix(const QString &segment, const CardRules &rules)
{
    for (const QString &suffix : rules.companySuffixes) {
        const qsizetype at = segment.indexOf(suffix);
        if (at < 0) {
            continue;
        }
        const qsizetype end = at + suffix.size();
        const bool startsWord = at == 0 || !segment.at(at - 1).isLetterOrNumber();
        const bool endsWord = end == segment.size() || !segment.at(end).isLetterOrNumber();
        if (startsWord && endsWord && at > 0) {
            return true;
        }
    }
    return false;
}

bool isTitle(const QString &segment, const CardRules &rules)
{
    if (hasDigit(segment)) {
        return false;
    }
    const QStringList words = wordsOf(segment);
    return std::any_of(words.begin(), words.end(), [&rules](QString word) {
        if (word.endsWith(QLatin1Char('.'))) {
            word.chop(1);
        }
        if (rules.titleWords.contains(word.toLower())) {
            return true;
        }
        // German compounds: "Vertriebsleiterin", "Exportleiter".
        for (const QString &part :
             {QStringLiteral("leiter"), QStringLiteral("leiterin"), QStringLiteral("führer"),
              QStringLiteral("führerin"), QStringLiteral("berater"), QStringLiteral("beraterin"),
              QStringLiteral("manager"), QStringLiteral("managerin")}) {
            if (word.toLower().endsWith(part)) {
                return true;
            }
        }
        return false;
    });
}

// "Dr. Anna-Lena Schmidt": two to four capitalised words of letters, a prefix allowed.
bool looksLikeName(const QString &segment, const CardRules &rules)
{
    if (hasDigit(segment) || segment.contains(QLatin1Char('@'))) {
        return false;
    }
    QStringList words = segment.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty() && rules.namePrefixes.contains(words.first())) {
        words.removeFirst();
    }
    if (words.size() < 2 || words.size() > 4) {
        return false;
    }
    static const QRegularExpression nameWord(
        QStringLiteral(
            R"(^(\p{Lu}[\p{Ll}'\-]*\p{Ll}|\p{Lu}\.|von|van|de|der|den|zu|di|da|le|la)$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return std::all_of(words.begin(), words.end(),
                       [](const QString &word) { return nameWord.match(word).hasMatch(); });
}

QString domainOf(const QString &address)
{
    QString domain = address.section(QLatin1Char('@'), 1);
    if (domain.startsWith(QLatin1String("www."))) {
        domain = domain.mid(4);
    }
    return domain;
}

// "kelbrix-logistik.de" -> "kelbrixlogistik": what a company's name folds to.
QString domainStem(const QString &domain)
{
    return asciiFolded(domain.section(QLatin1Char('.'), 0, 0));
}

QString countryOf(const CardFields &fields, bool germanPostcode, const CardRules &rules)
{
    QStringList domains;
    for (const ReadValue &email : fields.emails) {
        domains.append(domainOf(email.text));
    }
    if (!fields.web.isEmpty()) {
        domains.append(fields.web.text.section(QLatin1Char('/'), 0, 0));
    }
    for (const QString &domain : domains) {
        for (auto entry = rules.countryByDomain.begin(); entry != rules.countryByDomain.end();
             ++entry) {
            if (domain.endsWith(QLatin1Char('.') + entry.key())) {
                return entry.value();
            }
        }
    }
    return germanPostcode ? QStringLiteral("49") : QString();
}

QString mobileOrOffice(const QString &number, const CardRules &rules)
{
    for (auto country = rules.mobilePrefixes.begin(); country != rules.mobilePrefixes.end();
         ++country) {
        const QString start = QLatin1Char('+') + country.key();
        if (!number.startsWith(start)) {
            continue;
        }
        for (const QString &prefix : country.value()) {
            if (number.mid(start.size()).startsWith(prefix)) {
                return QStringLiteral("mobile");
            }
        }
    }
    return QStringLiteral("office");
}

// A logo in front of a company's name reads as a letter or two ("A Kelbrix GmbH"): the name
// starts at the word its web address is made of, or else after such a scrap.
QString withoutLogoScraps(const QString &company, const QString &domainStem)
{
    QStringList words = company.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (domainStem.size() >= 3) {
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QString folded = asciiFolded(words.at(i));
            if (folded.size() >= 3 && domainStem.startsWith(folded.left(3))
                && domainStem.contains(folded.left(std::min<qsizetype>(folded.size(), 5)))) {
                return words.mid(i).join(QLatin1Char(' '));
            }
        }
    }
    while (words.size() > 1 && words.first().size() <= 2 && words.first() != QLatin1String("&")
           && words.at(1).size() >= 3 && words.at(1).front().isUpper()) {
        words.removeFirst();
    }
    return words.join(QLatin1Char(' '));
}

struct Line
{
    TextLine read;
    QString text;
    bool used = false;
};

} // namespace

QString normalisedPhone(const QString &printed, const QString &countryCode)
{
    QString text = printed;
    text.remove(QStringLiteral("(0)"));
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    if (text.trimmed().startsWith(QLatin1Char('+'))) {
        return QLatin1Char('+') + digits;
    }
    if (digits.startsWith(QLatin1String("00"))) {
        return QLatin1Char('+') + digits.mid(2);
    }
    if (digits.startsWith(QLatin1Char('0')) && !countryCode.isEmpty()) {
        return QLatin1Char('+') + countryCode + digits.mid(1);
    }
    return digits;
}

QString asciiFolded(const QString &text)
{
    QString folded;
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case 0x00E4: // ä
            folded += QLatin1String("ae");
            break;
        case 0x00F6: // ö
            folded += QLatin1String("oe");
            break;
        case 0x00FC: // ü
            folded += QLatin1String("ue");
            break;
        case 0x00DF: // ß
            folded += QLatin1String("ss");
            break;
        // Letters with no accent to take off: their plain forms by hand.
        case 0x00F8: // ø
            folded += QLatin1Char('o');
            break;
        case 0x0131: // ı
            folded += QLatin1Char('i');
            break;
        case 0x0142: // ł
            folded += QLatin1Char('l');
            break;
        case 0x0111: // đ
            folded += QLatin1Char('d');
            break;
        default:
            if (c.isLetterOrNumber())
                folded += QString(c).normalized(QString::NormalizationForm_D).at(0);
        }
    }
    return folded;
}

CardFields findFields(const QList<TextLine> &textLines, const CardRules &rules)
{
    QList<Line> lines;
    for (const TextLine &read : textLines) {
        const QString text = cleanedLine(read.text);
        if (!text.isEmpty()) {
            lines.append({read, text});
        }
    }

    const Shapes shapes(rules);
    CardFields fields;
    struct PendingPhone
    {
        FoundPhone found;
        double confidence;
    };
    QList<PendingPhone> phones;
    ReadValue street;
    ReadValue postcodeLine;
    bool germanPostcode = false;
    QList<qsizetype> companyLines;
    QList<qsizetype> titleLines;
    QList<qsizetype> nameLines;

    for (qsizetype i = 0; i < lines.size(); ++i) {
        Line &line = lines[i];
        const double ocr = line.read.confidence;
        bool contact = false;
        for (const QString &segment : segmentsOf(line.text)) {
            if (const auto email = emailIn(segment, rules)) {
                fields.emails.append({*email, ocr});
                contact = true;
            } else if (const auto web = webIn(segment, shapes)) {
                if (fields.web.isEmpty()) {
                    fields.web = {*web, ocr};
                }
                contact = true;
            } else if (isStreet(segment, rules) && !isOnlyPhones(segment, shapes)) {
                if (street.isEmpty()) {
                    street = {segment, ocr * 0.9};
                }
                contact = true;
            } else if (isPostcodeLine(segment, rules)) {
                if (postcodeLine.isEmpty()) {
                    postcodeLine = {segment, ocr * 0.9};
                    germanPostcode = segment.front().isDigit() || segment.startsWith(u"D-");
                }
                contact = true;
            } else if (const QList<FoundPhone> found = phonesIn(segment, shapes);
                       !found.isEmpty() && isOnlyPhones(segment, shapes)) {
                for (const FoundPhone &phone : found) {
                    phones.append({phone, ocr});
                }
                contact = true;
            }
        }
        if (contact) {
            line.used = true;
        } else if (hasCompanySuffix(line.text, rules)) {
            companyLines.append(i);
        } else if (isTitle(line.text, rules)) {
            titleLines.append(i);
        } else if (looksLikeName(line.text, rules)) {
            nameLines.append(i);
        }
    }

    // The name: the largest name-shaped line, and surely it where an e-mail address names it.
    QStringList localParts;
    for (const ReadValue &email : fields.emails) {
        localParts.append(asciiFolded(email.text.section(QLatin1Char('@'), 0, 0)));
    }
    int tallest = 1;
    for (const Line &line : lines) {
        tallest = std::max(tallest, line.read.box.height());
    }
    double bestScore = -1;
    qsizetype nameLine = -1;
    bool nameInEmail = false;
    for (const qsizetype i : nameLines) {
        const Line &line = lines.at(i);
        double score = double(line.read.box.height()) / tallest;
        bool named = false;
        for (const QString &word : wordsOf(line.text)) {
            const QString folded = asciiFolded(word);
            for (const QString &local : localParts) {
                if (folded.size() >= 3 && local.contains(folded)) {
                    named = true;
                }
            }
        }
        score += named ? 1.0 : 0;
        if (score > bestScore) {
            bestScore = score;
            nameLine = i;
            nameInEmail = named;
        }
    }
    if (nameLine >= 0) {
        lines[nameLine].used = true;
        fields.name = {lines.at(nameLine).text,
                       lines.at(nameLine).read.confidence * (nameInEmail ? 0.95 : 0.7)};
    }

    // The title: the title-shaped line nearest the name.
    qsizetype titleLine = -1;
    int nearest = std::numeric_limits<int>::max();
    const int nameY = nameLine >= 0 ? lines.at(nameLine).read.box.center().y() : 0;
    for (const qsizetype i : titleLines) {
        const int distance = std::abs(lines.at(i).read.box.center().y() - nameY);
        if (distance < nearest) {
            nearest = distance;
            titleLine = i;
        }
    }
    if (titleLine >= 0) {
        lines[titleLine].used = true;
        fields.title = {lines.at(titleLine).text, lines.at(titleLine).read.confidence * 0.95};
    }

    // The company: a line with a company's suffix; else the one the e-mail's domain names;
    // else the largest line left.
    QString stem;
    if (!fields.emails.isEmpty()) {
        stem = domainStem(domainOf(fields.emails.first().text));
    } else if (!fields.web.isEmpty()) {
        stem = domainStem(fields.web.text.section(QLatin1Char('/'), 0, 0)
                              .remove(QRegularExpression(QStringLiteral("^www\\d?\\."))));
    }
    const auto namedByDomain = [&](const Line &line) {
        const QString folded = asciiFolded(line.text);
        return stem.size() >= 3 && (folded.contains(stem) || stem.contains(folded));
    };
    qsizetype companyLine = -1;
    double companyCertainty = 0;
    for (const qsizetype i : companyLines) {
        if (companyLine < 0 || namedByDomain(lines.at(i))
            || lines.at(i).read.box.height() > lines.at(companyLine).read.box.height()) {
            companyLine = i;
            companyCertainty = 0.95;
        }
    }
    if (companyLine < 0) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!lines.at(i).used && !hasDigit(lines.at(i).text) && namedByDomain(lines.at(i))) {
                companyLine = i;
                companyCertainty = 0.8;
                break;
            }
        }
    }
    if (companyLine < 0) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &line = lines.at(i);
            if (line.used || hasDigit(line.text) || wordsOf(line.text).isEmpty()) {
                continue;
            }
            if (companyLine < 0
                || line.read.box.height() > lines.at(companyLine).read.box.height()) {
                companyLine = i;
                companyCertainty = 0.4;
            }
        }
    }
    if (companyLine >= 0) {
        lines[companyLine].used = true;
        fields.company = {withoutLogoScraps(lines.at(companyLine).text, stem),
                          lines.at(companyLine).read.confidence * companyCertainty};
    }

    // No name-shaped line, but "anna.schmidt@": the name the address is made of.
    if (fields.name.isEmpty() && !fields.emails.isEmpty()) {
        const QString local = fields.emails.first().text.section(QLatin1Char('@'), 0, 0);
        const QStringList parts
            = local.split(QRegularExpression(QStringLiteral("[._\\-]")), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts.at(0).size() > 1 && parts.at(1).size() > 1) {
            QStringList words;
            for (const QString &part : parts) {
                words.append(part.at(0).toUpper() + part.mid(1));
            }
            fields.name = {words.join(QLatin1Char(' ')), fields.emails.first().confidence * 0.4};
        }
    }

    if (!street.isEmpty() && !postcodeLine.isEmpty()) {
        fields.address = {street.text + QLatin1String(", ") + postcodeLine.text,
                          std::min(street.confidence, postcodeLine.confidence)};
    } else {
        fields.address = street.isEmpty() ? postcodeLine : street;
    }

    const QString country = countryOf(fields, germanPostcode, rules);
    for (const PendingPhone &pending : phones) {
        const QString number = normalisedPhone(pending.found.printed, country);
        const bool known
            = std::any_of(fields.phones.begin(), fields.phones.end(),
                          [&number](const ReadPhone &p) { return p.number == number; });
        if (known) {
            continue;
        }
        QString label = pending.found.label;
        double certainty = 0.95;
        if (label.isEmpty()) {
            label = mobileOrOffice(number, rules);
            certainty = 0.75;
        }
        fields.phones.append({number, label, pending.confidence * certainty});
    }
    return fields;
}

} // namespace rapport::cards
