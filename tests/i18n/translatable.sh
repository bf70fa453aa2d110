#!/usr/bin/env bash
# Every word a person reads can be translated, and German and French have all of them:
#  1. lupdate finds no text in the sources that the German or French catalogue lacks or leaves
#     unfinished,
#     and no plural that the English catalogue (English plurals are a catalogue too) leaves open;
#  2. no sentence is written in C++ or QML outside tr()/qsTr(), where lupdate cannot see it.
# Usage: translatable.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate="$1"
root="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

cd "$root"
for language in de fr en; do
    cp "i18n/rapport_$language.ts" "$work/"
    "$lupdate" src qml -ts "$work/rapport_$language.ts" -no-obsolete -locations none \
        > "$work/lupdate-$language.log" 2>&1
done
# German and French: every message finished.
for language in de fr; do
    if grep -q 'type="unfinished"' "$work/rapport_$language.ts"; then
        echo "Not in $language yet (translate them in i18n/rapport_$language.ts):"
        grep -B2 'type="unfinished"' "$work/rapport_$language.ts" | grep '<source>' | sed 's/^ */  /'
        failed=1
    fi
done
# English: every plural has its forms ("1 lead", "2 leads").
if awk '/<message numerus="yes">/{numerus=1} /<\/message>/{numerus=0}
        numerus && /type="unfinished"/{found=1} END{exit !found}' "$work/rapport_en.ts"; then
    echo "An English plural without its forms (i18n/rapport_en.ts):"
    awk '/<message numerus="yes">/{numerus=1} /<\/message>/{numerus=0}
         numerus && /<source>/{print "  " $0}' "$work/rapport_en.ts" | sed 's/<[^>]*>//g'
    failed=1
fi

# Sentences lupdate cannot see: a literal with words in it, outside tr(). The command line's
# help (for developers, in English) and the demo notebook's data are not the UI.
sentences="$(grep -rnE 'QStringLiteral\("([^"]*[A-Za-z]{3,} [a-z]{2,}[^"]*|[A-Z][a-z]+(-[a-z]+)?)"\)' src/models src/controllers src/app \
    | grep -v -e 'src/app/launch_options' -e 'src/app/demo_' -e 'src/app/translations.cpp' || true)"
qml_sentences="$(grep -rnE '(text|title|detail|placeholderText|heading|message|label|name): "[^"]*[A-Za-z]{2,}[^"]*"' qml || true)"
if [ -n "$sentences$qml_sentences" ]; then
    echo "Words a person reads, outside tr()/qsTr():"
    printf '%s\n%s\n' "$sentences" "$qml_sentences" | sed '/^$/d; s/^/  /'
    failed=1
fi

if [ "$failed" -eq 0 ]; then
    echo "every text translatable; German and French complete; English plurals complete"
fi
exit "$failed"
