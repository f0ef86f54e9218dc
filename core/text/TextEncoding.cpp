#include "text/TextEncoding.h"

namespace Armlift {

using namespace Qt::StringLiterals;

NormalizedText NormalizedText::fromBytes(const QByteArray &bytes)
{
    NormalizedText n;
    QByteArrayView view(bytes);
    n.bom = view.startsWith("\xEF\xBB\xBF");
    if (n.bom)
        view = view.sliced(3);
    n.text = QString::fromUtf8(view);
    n.crlf = n.text.contains(u"\r\n"_s);
    n.text.replace(u"\r\n"_s, u"\n"_s);
    n.text.replace(u'\r', u'\n');
    return n;
}

QByteArray NormalizedText::toBytes(const QString &edited) const
{
    QString t = edited;
    if (crlf)
        t.replace(u'\n', u"\r\n"_s);
    QByteArray out = t.toUtf8();
    if (bom)
        out.prepend("\xEF\xBB\xBF");
    return out;
}

QString withoutBom(const QString &text)
{
    return text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text;
}

} // namespace Armlift
