#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Armlift {

// The application's translations are compiled in under :/i18n (armlift_<lang>.qm, built by
// translations/CMakeLists.txt from translations/*.ts), so a binary never looks for files
// next to itself and the AppImage, the .dmg and the .deb behave the same.

// The settings key (QSettings, GUI) that overrides the system language, e.g. "de" or "ja".
// An empty value or "system" follows the system's UI languages.
inline constexpr char LanguageSettingsKey[] = "ui/language";

// Installs the Armlift translator (and Qt's own qtbase translator, when the Qt installation
// ships one) on app. override: a locale name such as "de", "ja", "zh_CN" or "en"; empty or
// "system" follows QLocale::system().uiLanguages(). A non-empty override also becomes the
// default QLocale, so numbers and dates match the chosen language.
// Returns the language actually loaded ("de", "zh_CN", ...) or "en" when the strings stay
// in the source language. Calling it again replaces the translators installed before.
QString installTranslators(QCoreApplication &app, const QString &override);

// Languages with a compiled-in translation, source language first: "en", "de", "ja", "zh_CN".
QStringList availableLanguages();

// The language's own name for itself ("Deutsch", "日本語", "简体中文"), for a language menu.
QString nativeLanguageName(const QString &language);

} // namespace Armlift
