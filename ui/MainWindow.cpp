#include "MainWindow.h"

#include "common/Clock.h"
#include "common/Month.h"
#include "institution/InstitutionPage.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_monthLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("DaycareDesk"));
    m_pageList->setObjectName(u"pageList"_s);
    m_pageList->setFixedWidth(180);
    m_pageList->setSpacing(2);
    m_pages->setObjectName(u"pages"_s);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(new InstitutionPage(db, this), tr("Institution & settings"));
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_monthLabel->setObjectName(u"monthLabel"_s);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_monthLabel);
    refreshStatus();
    resize(1100, 720);
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_pageList);
    item->setData(Qt::UserRole, page->objectName());
    item->setSizeHint(QSize(0, 36));
}

bool MainWindow::showPage(const QString& objectName)
{
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->data(Qt::UserRole).toString() == objectName) {
            m_pageList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::refreshStatus()
{
    const QString path = QDir::toNativeSeparators(QFileInfo(m_db.path()).absoluteFilePath());
    m_databaseLabel->setText(tr("Database: %1").arg(path));
    m_databaseLabel->setToolTip(path);
    m_monthLabel->setText(tr("Current month: %1").arg(Month::of(Clock::today()).toString()));
}
