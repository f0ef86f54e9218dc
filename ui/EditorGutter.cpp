#include "EditorGutter.h"

#include "DockerfileEditor.h"
#include "EditorTheme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>

using KSyntaxHighlighting::Theme;

namespace Armlift {

EditorGutter::EditorGutter(DockerfileEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setAccessibleName(tr("Line numbers and markers"));
    setCursor(Qt::ArrowCursor);
}

int EditorGutter::markerWidth() const
{
    return m_editor->fontMetrics().height() + 4;
}

int EditorGutter::preferredWidth() const
{
    int digits = 1;
    for (int max = qMax(1, m_editor->blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = qMax(digits, 3);
    return markerWidth() + m_editor->fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits + 8;
}

QSize EditorGutter::sizeHint() const
{
    return {preferredWidth(), 0};
}

QString EditorGutter::markerForLine(int line) const
{
    const QList<Finding> findings = m_editor->diagnosticsOnLine(line);
    if (findings.isEmpty())
        return {};
    const int cursorLine = m_editor->textCursor().blockNumber() + 1;
    if (line == cursorLine) {
        for (const Finding &f : findings) {
            if (!f.fixes.isEmpty())
                return QStringLiteral("bulb");
        }
    }
    Severity worst = Severity::Info;
    for (const Finding &f : findings)
        worst = qMax(worst, f.severity);
    return severityName(worst);
}

void EditorGutter::paintEvent(QPaintEvent *event)
{
    const Theme &theme = m_editor->theme();
    QPainter painter(this);
    painter.fillRect(event->rect(), QColor::fromRgba(theme.editorColor(Theme::IconBorder)));
    const QColor numberColor = QColor::fromRgba(theme.editorColor(Theme::LineNumbers));
    const QColor currentColor = QColor::fromRgba(theme.editorColor(Theme::CurrentLineNumber));
    const int cursorBlock = m_editor->textCursor().blockNumber();
    const int icon = qMin(16, m_editor->fontMetrics().height());

    QTextBlock block = m_editor->firstVisibleBlock();
    qreal top = m_editor->blockGeometry(block).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = m_editor->blockGeometry(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const QRect lineRect(0, int(top), width(), m_editor->fontMetrics().height());
            painter.setPen(block.blockNumber() == cursorBlock ? currentColor : numberColor);
            painter.setFont(m_editor->font());
            painter.drawText(lineRect.adjusted(markerWidth(), 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(line));
            const QString marker = markerForLine(line);
            if (!marker.isEmpty()) {
                QIcon markerIcon;
                Severity severity = Severity::Error;
                if (marker == u"bulb")
                    markerIcon = EditorTheme::lightBulbIcon();
                else if (severityFromName(marker, &severity))
                    markerIcon = EditorTheme::severityIcon(severity, EditorTheme::severityColor(theme, severity));
                const QRect iconRect((markerWidth() - icon) / 2, lineRect.top() + (lineRect.height() - icon) / 2, icon,
                                     icon);
                markerIcon.paint(&painter, iconRect);
            }
        }
        block = block.next();
        top += height;
    }
}

int EditorGutter::lineAt(int y) const
{
    QTextBlock block = m_editor->firstVisibleBlock();
    qreal top = m_editor->blockGeometry(block).top();
    while (block.isValid()) {
        const qreal bottom = top + m_editor->blockGeometry(block).height();
        if (y >= top && y < bottom)
            return block.blockNumber() + 1;
        top = bottom;
        block = block.next();
    }
    return 0;
}

void EditorGutter::mousePressEvent(QMouseEvent *event)
{
    const int line = lineAt(int(event->position().y()));
    if (line <= 0)
        return;
    m_editor->goToLocation(line, 1);
    if (event->position().x() < markerWidth() && !m_editor->diagnosticsOnLine(line).isEmpty())
        Q_EMIT markerClicked(line, event->globalPosition().toPoint());
}

} // namespace Armlift
