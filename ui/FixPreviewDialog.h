#pragma once

#include "FixPlan.h"

#include <QDialog>

class QPlainTextEdit;

namespace Armlift {

// Shows what a fix will change, as a unified diff per touched file, and asks to apply it.
class FixPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FixPreviewDialog(const FixPlan &plan, QWidget *parent = nullptr);

    QString diffText() const;
    static QString diffFor(const FixPlan &plan);

private:
    QPlainTextEdit *m_diff;
};

} // namespace Armlift
