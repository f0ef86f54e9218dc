#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Armlift {
namespace {

const QString ResourceDir = u":/i18n"_s;
const QString FilePrefix = u"armlift_"_s;

// The translators of the last call, so a second call (the settings dialog changed the
// language) replaces them instead of stacking a second language on top.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &t : std::as_const(installedTranslators())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t.data();
        }
    }
    installedTranslators().clear();
}

// ":/i18n/armlift_zh_CN.qm" -> "zh_CN"
QString languageOfFile(const QString &path)
{
    QString name = path.section(u'/', -1);
    if (!name.startsWith(FilePrefix) || !name.endsWith(u".qm"))
        return {};
    return name.mid(FilePrefix.size(), name.size() - FilePrefix.size() - 3);
}

bool followsSystem(const QString &override)
{
    const QString o = override.trimmed();
    return o.isEmpty() || o.compare(u"system"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

QString installTranslators(QCoreApplication &app, const QString &override)
{
    removeInstalled();

    QLocale locale = QLocale::system();
    if (!followsSystem(override)) {
        locale = QLocale(override.trimmed());
        QLocale::setDefault(locale);
    }

    // QTranslator::load(QLocale, ...) walks locale.uiLanguages() (de-AT, de, ...), so a
    // system in de_AT gets armlift_de.qm and zh_CN finds armlift_zh_CN.qm.
    auto *armlift = new QTranslator(&app);
    if (!armlift->load(locale, u"armlift"_s, u"_"_s, ResourceDir)) {
        delete armlift;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(armlift);
    installedTranslators().append(armlift);
    const QString language = languageOfFile(armlift->filePath());

    // Qt's own strings (standard buttons, QLineEdit context menu) in the same language, when
    // the Qt installation (or the bundle, via qt.conf) carries qtbase translations.
    if (language != u"en"_s) {
        auto *qtbase = new QTranslator(&app);
        if (qtbase->load(QLocale(language), u"qtbase"_s, u"_"_s,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtbase);
            installedTranslators().append(qtbase);
        } else {
            delete qtbase;
        }
    }
    return language.isEmpty() ? u"en"_s : language;
}

QStringList availableLanguages()
{
    QStringList languages{u"en"_s};
    const QStringList files = QDir(ResourceDir).entryList({FilePrefix + u"*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = languageOfFile(file);
        if (!language.isEmpty() && !languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString nativeLanguageName(const QString &language)
{
    if (language == u"en"_s)
        return u"English"_s; // QLocale("en") would say "American English"
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return language;
    QString name = locale.nativeLanguageName();
    // "中文" alone does not say which script; the territory does (中国 -> simplified).
    if (language.contains(u'_'))
        name += u" ("_s + locale.nativeTerritoryName() + u')';
    return name;
}

} // namespace Armlift
