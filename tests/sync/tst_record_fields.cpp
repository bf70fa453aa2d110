// What a person types into a record's field becomes what the document keeps, one rule per kind
// of field, and a stored value comes back as they would type it again.
#include "notebook/record_fields.h"

#include <QTest>

using namespace rapport;
using notebook::FieldKind;

class RecordFieldsTest : public QObject
{
    Q_OBJECT

    static Json typed(FieldKind kind, std::string_view text)
    {
        auto value = notebook::fieldFromTyped(kind, text);
        if (!value)
            return Json("refused: " + value.error().message);
        return *value;
    }

private slots:
    void eachKindKeepsWhatWasTyped_asItsValue()
    {
        QVERIFY(typed(FieldKind::Text, "  Jonas Berg \n") == Json("Jonas Berg"));
        QVERIFY(typed(FieldKind::Text, "   ").is_null()); // the field goes
        QVERIFY(typed(FieldKind::WholeNumber, " 14 ") == Json(14));
        QVERIFY(typed(FieldKind::WholeNumber, "").is_null());
        QVERIFY(typed(FieldKind::List, "sailing, , jazz,sailing ,") == (Json {"sailing", "jazz"}));
        QVERIFY(typed(FieldKind::List, " , ").is_null());
        QVERIFY(typed(FieldKind::PersonalDate, "1984-02-29") == Json("1984-02-29"));
        QVERIFY(typed(FieldKind::PersonalDate, "02-29") == Json("--02-29"));
        QVERIFY(typed(FieldKind::PersonalDate, "29.02.1984") == Json("1984-02-29"));
    }

    void textThatIsNoValueOfItsKind_isRefusedWithHowToTypeIt()
    {
        for (const auto *text : {"two weeks", "-3", "1.5", "14 days"}) {
            auto value = notebook::fieldFromTyped(FieldKind::WholeNumber, text);
            QVERIFY2(!value, text);
            QCOMPARE(value.error().code, Errc::BadRequest);
            QVERIFY(value.error().message.find("whole number") != std::string::npos);
        }
        for (const auto *text : {"1985-02-29", "31-31", "next spring"}) {
            auto value = notebook::fieldFromTyped(FieldKind::PersonalDate, text);
            QVERIFY2(!value, text);
            QVERIFY(value.error().message.find("02-29 without the year") != std::string::npos);
        }
    }

    void aStoredValue_isShownAsItWouldBeTyped()
    {
        using notebook::typedFromField;
        QCOMPARE(typedFromField(FieldKind::List, Json {"sailing", "jazz"}),
                 std::string("sailing, jazz"));
        QCOMPARE(typedFromField(FieldKind::PersonalDate, Json("--02-29")), std::string("02-29"));
        QCOMPARE(typedFromField(FieldKind::WholeNumber, Json(90)), std::string("90"));
        // A newer app's shape in the field is not shown as something else.
        QCOMPARE(typedFromField(FieldKind::Text, Json {{"lang", "de"}}), std::string());
        QCOMPARE(typedFromField(FieldKind::WholeNumber, Json("90")), std::string());
    }

    void theKindsDeclareTheirPagesFields()
    {
        const auto has = [](std::string_view type, std::string_view name, FieldKind kind) {
            for (const auto &field : notebook::recordFields(type))
                if (field.name == name)
                    return field.kind == kind;
            return false;
        };
        QVERIFY(has("contact", "birthday", FieldKind::PersonalDate));
        QVERIFY(has("contact", "hobbies", FieldKind::List));
        QVERIFY(has("account", "cadenceDays", FieldKind::WholeNumber));
        QVERIFY(has("lead", "interests", FieldKind::List));
        QVERIFY(notebook::recordFields("conflict").empty());
        QVERIFY(notebook::recordFields("a-kind-from-a-newer-app").empty());
    }
};

QTEST_GUILESS_MAIN(RecordFieldsTest)
#include "tst_record_fields.moc"
