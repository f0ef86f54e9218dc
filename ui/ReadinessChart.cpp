#include "ReadinessChart.h"

#include "EditorTheme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {
constexpr int Margin = 6;
constexpr int MaxFilesInDescription = 5;
} // namespace

ReadinessChart::ReadinessChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Readiness chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setScan({});
}

void ReadinessChart::setScan(const ScanResult &result)
{
    const QMap<QString, QMap<Severity, int>> byCategory = MigrationSummary::byCategory(result);
    m_bars.clear();
    for (const QString &category : MigrationSummary::categories()) {
        const auto it = byCategory.constFind(category);
        if (it == byCategory.cend())
            continue;
        m_bars.append({category, it->value(Severity::Error), it->value(Severity::Warning), it->value(Severity::Info)});
    }
    m_total = MigrationSummary::total(result);
    m_files = MigrationSummary::perFile(result);
    const QString text = description();
    setToolTip(text);
    setAccessibleDescription(text);
    updateGeometry();
    update();
}

int ReadinessChart::readyFiles() const
{
    int ready = 0;
    for (const ReadinessRow &row : m_files)
        ready += row.readiness == ReadinessRow::Readiness::Ready ? 1 : 0;
    return ready;
}

QString ReadinessChart::description() const
{
    QStringList lines;
    lines.append(tr("%1 of %2 files ready for arm64").arg(readyFiles()).arg(m_files.size()));
    for (const Bar &bar : m_bars)
        lines.append(tr("%1: %2 errors, %3 warnings, %4 info").arg(bar.category).arg(bar.errors).arg(bar.warnings).arg(bar.infos));
    lines.append(tr("Fixable: %1, manual: %2").arg(m_total.fixable).arg(m_total.manual));
    int shown = 0;
    for (const ReadinessRow &row : m_files) {
        if (row.effort == 0 || shown == MaxFilesInDescription)
            break;
        lines.append(tr("%1: %2 (effort %3)").arg(row.name, MigrationSummary::readinessLabel(row.readiness)).arg(row.effort));
        ++shown;
    }
    return lines.join(u'\n');
}

QSize ReadinessChart::sizeHint() const
{
    const int rows = int(m_bars.size()) + 2; // the categories, the fixable bar, the heading
    return {360, Margin * 2 + rows * (fontMetrics().height() + 4)};
}

QSize ReadinessChart::minimumSizeHint() const
{
    return {200, Margin * 2 + 2 * (fontMetrics().height() + 4)};
}

void ReadinessChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}

void ReadinessChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const KSyntaxHighlighting::Theme theme = EditorTheme::resolve({}, pal);
    const QColor text = pal.color(QPalette::WindowText);
    const QFontMetrics fm = fontMetrics();
    const int rowHeight = fm.height() + 4;
    int labelWidth = fm.horizontalAdvance(tr("Fixable / manual"));
    for (const Bar &bar : std::as_const(m_bars))
        labelWidth = qMax(labelWidth, fm.horizontalAdvance(bar.category));
    labelWidth = qMin(labelWidth + Margin, width() / 2);
    const int countWidth = fm.horizontalAdvance(u"0000"_s);
    const int barLeft = Margin + labelWidth;
    const int barWidth = qMax(10, width() - barLeft - countWidth - 2 * Margin);
    int maxTotal = qMax(1, m_total.fixable + m_total.manual);
    for (const Bar &bar : std::as_const(m_bars))
        maxTotal = qMax(maxTotal, bar.total());

    int y = Margin;
    p.setPen(text);
    p.drawText(QRect(Margin, y, width() - 2 * Margin, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 of %2 files ready for arm64").arg(readyFiles()).arg(m_files.size()));
    y += rowHeight;

    auto segments = [&](int top, const QList<std::pair<int, QColor>> &parts) {
        double x = barLeft;
        for (const auto &[count, color] : parts) {
            const double w = double(barWidth) * count / maxTotal;
            if (w <= 0)
                continue;
            p.fillRect(QRectF(x, top + 2, w, rowHeight - 4), color);
            x += w;
        }
    };
    auto label = [&](int top, const QString &name, int count) {
        p.setPen(text);
        p.drawText(QRect(Margin, top, labelWidth - Margin, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(name, Qt::ElideRight, labelWidth - Margin));
        p.drawText(QRect(barLeft + barWidth + Margin, top, countWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(count));
    };
    const QColor error = EditorTheme::severityColor(theme, Severity::Error);
    const QColor warning = EditorTheme::severityColor(theme, Severity::Warning);
    const QColor info = EditorTheme::severityColor(theme, Severity::Info);
    for (const Bar &bar : std::as_const(m_bars)) {
        label(y, bar.category, bar.total());
        segments(y, {{bar.errors, error}, {bar.warnings, warning}, {bar.infos, info}});
        y += rowHeight;
    }
    // Fixable in the theme's "ready" sense (info colour), manual work in the error colour.
    label(y, tr("Fixable / manual"), m_total.fixable + m_total.manual);
    segments(y, {{m_total.fixable, info}, {m_total.manual, error}});
}

} // namespace Armlift
