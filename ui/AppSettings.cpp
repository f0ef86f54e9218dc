#include "AppSettings.h"

#include <QDir>
#include <QFontDatabase>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Armlift::AppSettings {

namespace {

constexpr int MaxRecentProjects = 10;

bool useThrowAwaySettings()
{
    return qEnvironmentVariableIntValue("ARMLIFT_NO_USER_SETTINGS") == 1;
}

QString throwAwayFile()
{
    // Lives until the process ends; removed with its folder then.
    static QTemporaryDir dir(QDir::tempPath() + u"/armlift-settings-XXXXXX"_s);
    return dir.filePath(u"armlift.ini"_s);
}

} // namespace

std::unique_ptr<QSettings> open()
{
    if (useThrowAwaySettings())
        return std::make_unique<QSettings>(throwAwayFile(), QSettings::IniFormat);
    return std::make_unique<QSettings>(u"Armlift"_s, u"Armlift"_s);
}

QStringList recentProjects()
{
    return open()->value(u"recentProjects"_s).toStringList();
}

void addRecentProject(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QStringList list = recentProjects();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > MaxRecentProjects)
        list.removeLast();
    open()->setValue(u"recentProjects"_s, list);
}

void clearRecentProjects()
{
    open()->remove(u"recentProjects"_s);
}

QString editorThemeName()
{
    return open()->value(u"editor/theme"_s).toString();
}

void setEditorThemeName(const QString &name)
{
    open()->setValue(u"editor/theme"_s, name);
}

QFont editorFont()
{
    QFont fallback = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString stored = open()->value(u"editor/font"_s).toString();
    QFont font;
    if (!stored.isEmpty() && font.fromString(stored))
        return font;
    return fallback;
}

void setEditorFont(const QFont &font)
{
    open()->setValue(u"editor/font"_s, font.toString());
}

bool diffSideBySide()
{
    return open()->value(u"fixPreview/sideBySide"_s, false).toBool();
}

void setDiffSideBySide(bool sideBySide)
{
    open()->setValue(u"fixPreview/sideBySide"_s, sideBySide);
}

} // namespace Armlift::AppSettings
