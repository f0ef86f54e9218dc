#pragma once

#include "model/Finding.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QVBoxLayout;

namespace Armlift {

// The selected finding: message, location, source, the rule's documentation page (Markdown)
// and one button per fix option.
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showFinding(const Finding *finding);
    QTextBrowser *browser() const { return m_browser; }
    QString markdown() const { return m_markdown; }

Q_SIGNALS:
    void fixRequested(const Armlift::Finding &finding, int fixIndex);

private:
    QTextBrowser *m_browser;
    QWidget *m_fixes;
    QVBoxLayout *m_fixLayout;
    QString m_markdown;
};

} // namespace Armlift
