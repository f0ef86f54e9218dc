#include "EditorTheme.h"

#include <KSyntaxHighlighting/Repository>

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Theme;

namespace Armlift::EditorTheme {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

Theme resolve(const QString &name, const QPalette &palette)
{
    if (!name.isEmpty()) {
        const Theme named = repository().theme(name);
        if (named.isValid())
            return named;
    }
    return repository().defaultTheme(isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                     : KSyntaxHighlighting::Repository::LightTheme);
}

void applyToPalette(const Theme &theme, QPalette &palette)
{
    const QColor background = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
    const QColor selection = QColor::fromRgba(theme.editorColor(Theme::TextSelection));
    palette.setColor(QPalette::Base, background);
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Highlight, selection);
    // Selected text keeps the theme's foreground: theme selections are tinted, not inverted.
    palette.setColor(QPalette::HighlightedText, text);
}

QColor severityColor(const Theme &theme, Severity severity)
{
    QRgb rgb = 0;
    switch (severity) {
    case Severity::Error:
        rgb = theme.textColor(Theme::Error);
        if (!rgb)
            rgb = theme.editorColor(Theme::MarkError);
        break;
    case Severity::Warning:
        rgb = theme.textColor(Theme::Warning);
        if (!rgb)
            rgb = theme.editorColor(Theme::MarkWarning);
        break;
    case Severity::Info:
        rgb = theme.textColor(Theme::Information);
        break;
    }
    if (!rgb) {
        switch (severity) {
        case Severity::Error: return QColor(0xda, 0x44, 0x53);
        case Severity::Warning: return QColor(0xca, 0x9a, 0x00);
        case Severity::Info: return QColor(0x3d, 0xae, 0xe9);
        }
    }
    return QColor::fromRgba(rgb);
}

namespace {

QPixmap canvas(int size, qreal dpr)
{
    QPixmap pixmap(int(size * dpr), int(size * dpr));
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QPixmap paintSeverity(Severity severity, const QColor &color, int size, qreal dpr)
{
    QPixmap pixmap = canvas(size, dpr);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1, 1, size - 2, size - 2);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    if (severity == Severity::Warning) {
        QPainterPath triangle;
        triangle.moveTo(r.center().x(), r.top());
        triangle.lineTo(r.right(), r.bottom());
        triangle.lineTo(r.left(), r.bottom());
        triangle.closeSubpath();
        p.drawPath(triangle);
    } else {
        p.drawEllipse(r);
    }
    QPen pen(Qt::white, qMax(1.5, size / 8.0), Qt::SolidLine, Qt::RoundCap);
    p.setPen(pen);
    const qreal c = r.center().x();
    if (severity == Severity::Error) {
        const qreal d = r.width() * 0.22;
        p.drawLine(QPointF(c - d, r.center().y() - d), QPointF(c + d, r.center().y() + d));
        p.drawLine(QPointF(c + d, r.center().y() - d), QPointF(c - d, r.center().y() + d));
    } else if (severity == Severity::Warning) {
        p.drawLine(QPointF(c, r.top() + r.height() * 0.35), QPointF(c, r.top() + r.height() * 0.65));
        p.drawPoint(QPointF(c, r.top() + r.height() * 0.82));
    } else {
        p.drawPoint(QPointF(c, r.top() + r.height() * 0.28));
        p.drawLine(QPointF(c, r.top() + r.height() * 0.45), QPointF(c, r.top() + r.height() * 0.75));
    }
    return pixmap;
}

qreal devicePixelRatio()
{
    return qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
}

} // namespace

QIcon severityIcon(Severity severity, const QColor &color)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32})
        icon.addPixmap(paintSeverity(severity, color, size, devicePixelRatio()));
    return icon;
}

QIcon severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error: return severityIcon(severity, QColor(0xda, 0x44, 0x53));
    case Severity::Warning: return severityIcon(severity, QColor(0xc0, 0x8a, 0x00));
    case Severity::Info: return severityIcon(severity, QColor(0x2a, 0x8a, 0xd6));
    }
    return {};
}

QIcon lightBulbIcon()
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap = canvas(size, devicePixelRatio());
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        p.setPen(QPen(QColor(0x8a, 0x6d, 0x00), qMax(1.0, s / 16)));
        p.setBrush(QColor(0xff, 0xd3, 0x3d));
        p.drawEllipse(QRectF(s * 0.2, s * 0.05, s * 0.6, s * 0.6));
        p.setBrush(QColor(0x8a, 0x8a, 0x8a));
        p.drawRect(QRectF(s * 0.35, s * 0.68, s * 0.3, s * 0.25));
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Armlift::EditorTheme
