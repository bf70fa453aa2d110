import QtQuick
import QtQuick.Layouts

// A labelled field for a passcode: digits only, shown as dots.
FormField {
    Layout.fillWidth: true
    Layout.maximumWidth: 320
    input.echoMode: TextInput.Password
    // The phone's number pad, and nothing learnt from what is typed. (This qmllint has no
    // types for the Qt namespace's enums.)
    input.inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText // qmllint disable
    input.validator: RegularExpressionValidator {
        regularExpression: /[0-9]{0,12}/
    }
}
