// SPDX-License-Identifier: Apache-2.0
// The console's entry point; the feature pages arrive with the console issue (see README).
#include <QApplication>
#include <QLabel>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aih-console"));
    QLabel label(QObject::tr("aih console: the operator pages are not built yet."));
    label.setMinimumSize(480, 120);
    label.show();
    return QApplication::exec();
}
