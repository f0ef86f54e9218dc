#pragma once

#include "FixPlan.h"

#include <QDialog>

namespace Armlift {

class DiffView;

// Shows what a fix will change, per touched file as a unified diff or side by side, and asks
// to apply it.
class FixPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FixPreviewDialog(const FixPlan &plan, QWidget *parent = nullptr);

    QString diffText() const; // the unified diff
    DiffView *diffView() const { return m_diff; }
    static QString diffFor(const FixPlan &plan);

private:
    DiffView *m_diff;
};

} // namespace Armlift
