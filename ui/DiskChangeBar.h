#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Armlift {

// The bar an editor shows above its text when its file changed or vanished on disk. Non-modal:
// the user can keep typing and answer later, or never.
class DiskChangeBar : public QFrame
{
    Q_OBJECT
public:
    explicit DiskChangeBar(QWidget *parent = nullptr);

    void showChanged(const QString &file);
    void showDeleted(const QString &file);
    QString message() const;
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }

Q_SIGNALS:
    void reloadClicked();
    void keepClicked();

private:
    QLabel *m_label;
    QPushButton *m_reload;
    QPushButton *m_keep;
};

} // namespace Armlift
