#pragma once

#include "FixPlan.h"
#include "model/Finding.h"

#include <QObject>

class QMenu;
class QWidget;

namespace Armlift {

class EditorTabs;
class FixPreviewDialog;

// Offers and applies fixes. A fix is planned against the current text of every file it touches
// (open editors first), previewed as a diff unless confirmation is off (tests, scripted use),
// then applied to each file's editor as one undo step; files not open yet are opened.
class QuickFixController : public QObject
{
    Q_OBJECT
public:
    QuickFixController(EditorTabs *tabs, QWidget *dialogParent);

    void setConfirmFixes(bool confirm) { m_confirm = confirm; }
    bool confirmFixes() const { return m_confirm; }

    // The menu listing every fix of these findings (Ctrl+., gutter bulb); null when none.
    QMenu *createMenu(const QList<Finding> &findings, QWidget *parent);
    // Plans against the current texts; the finding is re-checked first when its editor changed.
    FixPlan plan(const Finding &finding, int fixIndex, QString *error);
    bool apply(const Finding &finding, int fixIndex);
    void applyPlan(const FixPlan &plan);

Q_SIGNALS:
    void previewShown(Armlift::FixPreviewDialog *dialog); // lets tests inspect or accept it
    void applied(const QStringList &files);
    void failed(const QString &message);

private:
    bool currentText(const QString &path, QString *text, QString *error) const;
    Finding refreshed(const Finding &finding, bool *found) const;

    EditorTabs *m_tabs;
    QWidget *m_dialogParent;
    bool m_confirm = true;
};

} // namespace Armlift
