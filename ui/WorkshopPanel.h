#pragma once

#include "model/Finding.h"

#include <QWidget>

class QListWidget;
class QTextBrowser;

namespace Armlift {

// The cases of a workshop-like folder: every subfolder with a README.md (its first heading is
// the case title). Selecting a case shows its README; activating it opens its Dockerfile.
// Each case shows how many problems are left in its files, so progress is visible.
class WorkshopPanel : public QWidget
{
    Q_OBJECT
public:
    struct Case
    {
        QString folder;     // relative to the root
        QString title;
        QString readme;     // Markdown
        QString dockerfile; // relative to the root; empty when the case has none
    };

    explicit WorkshopPanel(QWidget *parent = nullptr);

    static QList<Case> findCases(const QString &root);
    void setRoot(const QString &root);
    void setFindings(const QList<Finding> &findings);
    const QList<Case> &cases() const { return m_cases; }
    QListWidget *list() const { return m_list; }

    void setLargeFont(bool large);
    // Shows the README of the case a file belongs to (no open request).
    void selectCaseFor(const QString &relativePath);

Q_SIGNALS:
    void openRequested(const QString &relativePath);

private:
    void showCase(int row);

    QList<Case> m_cases;
    QListWidget *m_list;
    QTextBrowser *m_readme;
};

} // namespace Armlift
