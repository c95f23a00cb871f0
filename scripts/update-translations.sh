#!/usr/bin/env bash
# Refreshes translations/*.ts from the tr() strings in every source folder (lupdate), keeping
# existing translations. New strings show up as type="unfinished" until translated (Qt
# Linguist: `/usr/lib/qt6/bin/linguist translations/mqttscope_zh_CN.ts`, or edit the XML);
# tests/app/tst_translations fails while any string is untranslated.
#   scripts/update-translations.sh [-no-obsolete]   (-no-obsolete drops strings no longer in the code)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lupdate=${LUPDATE:-}
if [[ -z $lupdate ]]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate-qt6 || true)" "$(command -v lupdate || true)"; do
        [[ -n $candidate && -x $candidate ]] && { lupdate=$candidate; break; }
    done
fi
[[ -n $lupdate ]] || { echo "lupdate not found: install qt6-l10n-tools" >&2; exit 1; }

dirs=()
for d in mqtt models ui app; do
    [[ -d $root/$d ]] && dirs+=("$root/$d")
done
cd "$root"
for ts in translations/mqttscope_*.ts; do
    # English is the source language: its file holds only the plural forms ("%n byte(s)").
    extra=()
    [[ $ts == */mqttscope_en.ts ]] && extra=(-pluralonly)
    "$lupdate" -locations none -extensions cpp,h "${extra[@]}" "$@" "${dirs[@]}" -ts "$ts"
done
