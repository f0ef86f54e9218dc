#pragma once

#include "model/Finding.h"

#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Armlift {

// Theme choice and colours shared by the editor, gutter, problems view and diff preview.
namespace EditorTheme {

// One repository per process; only used from the GUI thread.
KSyntaxHighlighting::Repository &repository();

// `name` empty: the default light or dark theme, chosen by the lightness of `palette`'s Base.
KSyntaxHighlighting::Theme resolve(const QString &name, const QPalette &palette);
bool isDark(const QPalette &palette);

// Copies the theme's editor colours into `palette` (Base, Text, Highlight, HighlightedText,
// Window, WindowText). A theme's foreground drawn on a palette that does not match it can
// be invisible, so the two are always set together.
void applyToPalette(const KSyntaxHighlighting::Theme &theme, QPalette &palette);

// Underline / marker colour for a severity in this theme.
QColor severityColor(const KSyntaxHighlighting::Theme &theme, Severity severity);

// Small painted icons (no image files needed; crisp at any device pixel ratio).
QIcon severityIcon(Severity severity, const QColor &color);
QIcon severityIcon(Severity severity); // fixed, readable colours for lists
QIcon lightBulbIcon();

} // namespace EditorTheme
} // namespace Armlift
