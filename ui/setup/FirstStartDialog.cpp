#include "FirstStartDialog.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FirstStartDialog::FirstStartDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"firstStartDialog"_s);
    setWindowTitle(tr("Welcome to DaycareDesk"));
    auto* intro = new QLabel(tr("<h3>Welcome to DaycareDesk</h3><p>A new database was created at<br><tt>%1</tt></p>"
                                "<p>How would you like to start?</p>")
                                 .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto* demo = new QCommandLinkButton(tr("Start with demo data"),
                                        tr("A made-up day care in Changzhi with classes, children, staff and "
                                           "three months of attendance, to look around safely."),
                                        this);
    demo->setObjectName(u"demoButton"_s);
    auto* setup = new QCommandLinkButton(tr("Set up my institution"),
                                         tr("Enter your institution's name, credit code, county and places; or "
                                            "set up a county or city center that receives the reports, or a "
                                            "rural home-visit team (服务队)."),
                                         this);
    setup->setObjectName(u"setupButton"_s);
    setup->setDefault(true);
    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = Demo;
        accept();
    });
    connect(setup, &QPushButton::clicked, this, [this] {
        m_choice = Setup;
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(setup);
    layout->addWidget(demo);
    // Wrapped labels report no height until laid out at a width, so the dialog gets room for them up front.
    setMinimumSize(600, 340);
}
