#include <stdio.h>

int main(void)
{
    printf("Hello from WebAssembly\n");
    return 0;
}
