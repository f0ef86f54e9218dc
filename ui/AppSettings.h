#pragma once

#include <QFont>
#include <QString>
#include <QStringList>
#include <memory>

#include <QSettings>

namespace Armlift {

// The GUI's QSettings. With ARMLIFT_NO_USER_SETTINGS=1 (tests, screenshots) every call uses one
// throw-away INI file in a temporary folder, so automated runs never read or change the
// user's settings. No secret is ever stored here.
namespace AppSettings {

std::unique_ptr<QSettings> open();

QStringList recentProjects();
void addRecentProject(const QString &path);
void clearRecentProjects();

// Empty name: follow the system palette (light/dark default theme).
QString editorThemeName();
void setEditorThemeName(const QString &name);

QFont editorFont();
void setEditorFont(const QFont &font);

// How fix previews show a change: side by side (true) or as a unified diff (false, default).
bool diffSideBySide();
void setDiffSideBySide(bool sideBySide);

} // namespace AppSettings
} // namespace Armlift
