#pragma once

#include "model/Finding.h"

#include <QWidget>

class QLineEdit;
class QTableView;
class QToolButton;

namespace Armlift {

class ProblemsFilterModel;
class ProblemsModel;

// The Problems panel: filter box, severity toggles, sortable table. Double-click or Enter
// jumps to a finding; the context menu lists its fix options.
class ProblemsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    ProblemsModel *model() const { return m_model; }
    ProblemsFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filterEdit; }

    // The finding of the current row; null when nothing is selected.
    const Finding *currentFinding() const;
    // Selects the row showing this finding (same file, rule and range), if visible.
    bool selectFinding(const Finding &finding);

public Q_SLOTS:
    void activateNext();     // F8: next visible row (wraps), then jump
    void activatePrevious(); // Shift+F8

Q_SIGNALS:
    void findingActivated(const Armlift::Finding &finding);
    void currentFindingChanged(const Armlift::Finding *finding);
    void fixRequested(const Armlift::Finding &finding, int fixIndex);
    void fixAllOfKindRequested(const Armlift::Finding &finding, int fixIndex);
    void fixAllSafeRequested();

private:
    void activateRow(int proxyRow);
    void updateCounts();
    void showContextMenu(const QPoint &pos);

    ProblemsModel *m_model;
    ProblemsFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_filterEdit;
    QToolButton *m_severityButtons[3] = {};
};

} // namespace Armlift
