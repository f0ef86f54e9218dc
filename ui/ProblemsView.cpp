#include "ProblemsView.h"

#include "EditorTheme.h"
#include "ProblemsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace Armlift {

ProblemsView::ProblemsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_filter(new ProblemsFilterModel(this))
    , m_table(new QTableView(this))
    , m_filterEdit(new QLineEdit(this))
{
    m_filter->setSourceModel(m_model);

    m_filterEdit->setPlaceholderText(tr("Filter problems (rule, file, message)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Problems filter"));
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ProblemsFilterModel::setText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filterEdit, 1);
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(EditorTheme::severityIcon(s));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(tr("Show %1").arg(ProblemsModel::severityLabel(s)));
        connect(button, &QToolButton::toggled, this, [this, s](bool on) { m_filter->setSeverityVisible(s, on); });
        m_severityButtons[int(s)] = button;
        bar->addWidget(button);
    }

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // scanner order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from the font, not ResizeToContents: that measures every row again on each
    // change, which stalls the window when a scan brings 10,000 findings.
    const QFontMetrics fm = m_table->fontMetrics();
    const int padding = fm.height() * 2;
    int severityWidth = 0;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        severityWidth = qMax(severityWidth, fm.horizontalAdvance(ProblemsModel::severityLabel(s)));
    m_table->setColumnWidth(ProblemsModel::SeverityColumn, severityWidth + padding + fm.height());
    m_table->setColumnWidth(ProblemsModel::RuleColumn, fm.horizontalAdvance(QStringLiteral("ARM000")) + padding);
    m_table->setColumnWidth(ProblemsModel::LineColumn, fm.horizontalAdvance(QStringLiteral("00000")) + padding);
    m_table->setColumnWidth(ProblemsModel::FileColumn, 220);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Problems"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &ProblemsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentFindingChanged(currentFinding()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_model, &ProblemsModel::findingsUpdated, this, &ProblemsView::updateCounts);
    updateCounts();
}

void ProblemsView::setFindings(const QList<Finding> &findings)
{
    // Keep the selection on the same finding across re-scans when it still exists.
    const Finding *current = currentFinding();
    const std::optional<Finding> previous = current ? std::optional<Finding>(*current) : std::nullopt;
    m_model->setFindings(findings);
    if (previous)
        selectFinding(*previous);
}

const Finding *ProblemsView::currentFinding() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return nullptr;
    return m_model->finding(m_filter->mapToSource(index).row());
}

bool ProblemsView::selectFinding(const Finding &finding)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const Finding *f = m_model->finding(m_filter->mapToSource(m_filter->index(row, 0)).row());
        if (f && f->file == finding.file && f->ruleId == finding.ruleId && f->range == finding.range) {
            m_table->setCurrentIndex(m_filter->index(row, 0));
            return true;
        }
    }
    return false;
}

void ProblemsView::activateNext()
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    activateRow((current + 1) % rows);
}

void ProblemsView::activatePrevious()
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const int current = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    activateRow((current - 1 + rows) % rows);
}

void ProblemsView::activateRow(int proxyRow)
{
    const QModelIndex index = m_filter->index(proxyRow, 0);
    if (!index.isValid())
        return;
    if (m_table->currentIndex().row() != proxyRow)
        m_table->setCurrentIndex(index);
    if (const Finding *f = m_model->finding(m_filter->mapToSource(index).row()))
        Q_EMIT findingActivated(*f);
}

void ProblemsView::updateCounts()
{
    int counts[3] = {0, 0, 0};
    for (const Finding &f : m_model->findings())
        ++counts[int(f.severity)];
    const int errors = counts[int(Severity::Error)];
    const int warnings = counts[int(Severity::Warning)];
    m_severityButtons[int(Severity::Error)]->setText(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    m_severityButtons[int(Severity::Warning)]->setText(warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    m_severityButtons[int(Severity::Info)]->setText(tr("%1 info").arg(counts[int(Severity::Info)]));
}

void ProblemsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    const Finding *f = currentFinding();
    if (!f)
        return;
    const Finding finding = *f;
    QMenu menu(this);
    menu.addAction(tr("Go to Problem"), this, [this, finding] { Q_EMIT findingActivated(finding); });
    if (!finding.fixes.isEmpty())
        menu.addSeparator();
    for (int i = 0; i < finding.fixes.size(); ++i) {
        QAction *action = menu.addAction(EditorTheme::lightBulbIcon(), finding.fixes.at(i).title);
        connect(action, &QAction::triggered, this, [this, finding, i] { Q_EMIT fixRequested(finding, i); });
    }
    if (!finding.fixes.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Fix All %1 Problems in This File").arg(finding.ruleId), this,
                       [this, finding] { Q_EMIT fixAllOfKindRequested(finding, 0); });
    }
    menu.addAction(tr("Fix All Safe Problems in Project"), this, [this] { Q_EMIT fixAllSafeRequested(); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Armlift
