#include "app/AppMain.h"

int main(int argc, char *argv[])
{
    return engage::runMain(argc, argv);
}
